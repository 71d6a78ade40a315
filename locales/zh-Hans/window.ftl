# 窗口的文字（只有 `sitbreak-window` 读取此文件）；其余在 sitbreak.ftl 中。
# 由机器翻译，尚未审阅。

## 语言

language-system = 跟随系统（{ $language }）
language-unreviewed = { $language }（尚未审阅）
language-not-spoken = { $tag }（Sitbreak 不支持此语言；改用英语）

## 主页

home-not-answering = Sitbreak 没有响应。
home-not-answering-hint = 用 `sitbreak` 启动它，然后重新打开这个窗口。
home-heading = 主页
home-ring-next-break = { $time }后下次休息
home-ring-until-break = 距离休息
home-ring-now = 现在
home-ring-stand-up = 该站起来了
home-ring-soon = 马上
home-ring-when-free = 等你有空
home-ring-break = 休息
home-ring-under-way = 进行中
home-ring-paused = 已暂停
home-ring-paused-until = 暂停至
home-ring-away = 离开
home-ring-counts = 算作休息
home-ring-off = 关闭
home-ring-off-hours = 非工作时间
home-today = 今天：完成 { $taken } 次休息，自然 { $natural } 次，跳过 { $skipped } 次
home-sat-today = 今天久坐时间：{ $time }
home-resume = 恢复
home-take-break = 现在休息
home-next-routine = 下一个套路
home-pause-reminders = 暂停提醒
home-key-break = 现在休息
home-key-posture = 站 / 坐
home-key-settings = 设置
home-key-statistics = 统计

## 工具栏和安全

nav-home = 主页
nav-settings = 设置
nav-statistics = 统计
summary-next-in = { $time }后下次休息
shortcut-hint = 快捷键：{ $key }
safety-link = 安全须知与何时停止
safety-before-you-start = 开始之前
safety-when-to-stop = 何时停止并就医
safety-tips = 小贴士
safety-own-advice = { $note }（Sitbreak 自己的建议，并非来自文章。）
safety-scroll = 滚动查看说明
safety-close = 关闭
safety-read-again = 你可以随时重新阅读：主页和播放器中的“{ $link }”。

## 休息卡片、播放器、停止和结束

card-eyebrow = 休息时间
card-keys-asleep = 当你停止打字片刻，或把指针移到此窗口上时，按键才会在这里生效
first-break-eyebrow = 你的第一次休息
first-break-title = 安全第一
first-break-start = 我明白了，开始
player-routine-place = { $routine } · 第 { $number } 个动作，共 { $count } 个
player-left = 还剩 { $time }
player-progress = 套路：第 { $number } 个动作，共 { $count } 个
player-ring-get-ready = 准备
player-ring-rep = 第 { $rep } 次，共 { $count } 次
player-ring-hold = 保持
player-paused = 已暂停
player-get-into-position = 摆好姿势
player-careful = 注意：
player-scroll = 滚动查看动作
player-back = 上一个
player-resume = 继续
player-pause = 暂停
player-next = 下一个
player-hurt = 停止——这会痛
player-ring-name-get-ready = 准备{ $side }：{ $time }后开始
player-ring-name-rep = 第 { $rep } 次，共 { $count } 次{ $side }
player-ring-name-hold = 保持{ $side }：还剩 { $time }
hurt-eyebrow = 已停止
hurt-title = 你停止了“{ $stretch }”
hurt-left-out = “{ $stretch }”将不再出现在以后的套路中。
hurt-leave-out = 以后的套路中不再包含“{ $stretch }”
hurt-end = 结束休息
hurt-continue = 继续下一个动作
end-eyebrow = 休息完成
end-moved = 你站起来活动了 { $time }。这次没有完成任何动作。
end-did = 你在 { $time } 内完成了 { $total } 个动作中的 { $done } 个。
end-next = { $time }后下次休息。
end-done = 完成
cannot-play-eyebrow = 无法显示这个套路
cannot-play-title = 站起来活动一分钟

## 屏幕阅读器听到的内容

announce-break-due = 该站起来了：{ $routine }，{ $time }
announce-next-stretch = 下一个动作
announce-stretch = 第 { $number } 个动作，共 { $count } 个：{ $stretch }
announce-other-side = { $cue }：现在做另一边
announce-other-way = { $cue }：现在换个方向
announce-paused = 已暂停。按空格键继续。
announce-resumed = 已继续。
announce-done = 休息完成。{ $notes }
announce-the-stretch = 这个动作
announce-stopped = 已停止{ $stretch }。请阅读下方接下来该做什么。
figure-showing = 演示“{ $stretch }”的人形

## 设置

settings-scroll = 滚动查看设置
settings-save = 保存更改
settings-revert = 撤销更改
settings-fix-fields = 保存前需要修正一些字段。
settings-presets = 预设：
settings-preset-20-8-2 = 20-8-2（坐 20、站 8、活动 2）
settings-preset-30-sit = 坐 30，然后站立并活动
settings-hooks-intro = 在事件发生时运行的命令，例如升起电动桌。只能在设置文件的 [hooks] 下设置。
settings-hook-last-failure = 最近一次失败：{ $problem }
settings-hook-nothing = 无
settings-hook-test = 测试
settings-unreadable-title = 无法读取你的设置
settings-unreadable-body = 下面是默认值，不是你的设置，所以无法保存。请确认 Sitbreak 正在运行，然后重新打开设置。
settings-problems-title = 你的文件中有问题
settings-problems-body = 下面每个值都被忽略并改用默认值；请修正文件，或在此保存以替换它。
settings-routines-in-rotation = 轮换中的套路
settings-routine = { $routine }（{ $time }）
settings-routine-floor = { $routine }（{ $time } · 地面）
settings-stretches = 动作
settings-area-lost = 现在没有套路拉伸你的{ $area }：你排除了 { $stretches }。
settings-open-a-stretch = 打开一个动作，查看它的步骤和出处。
settings-leave-out = 从我的套路中排除
settings-careful = 注意：{ $caution }
settings-articles-say = 文章怎么说（引自文章，英文）
settings-quote = “{ $quote }”（{ $article }）
settings-sitbreaks-own = 哪些是 Sitbreak 自己的
settings-hear-chimes = 试听提示音
settings-hear-cues = 试听信号音
settings-hear-voice = 试听语音
settings-plays-through = 通过 { $device } 播放。
settings-desktop = 桌面集成
settings-desktop-looking = 正在检查桌面…
settings-desktop-works = 正常
settings-desktop-missing = 缺失
settings-articles-advise = 文章建议至少每 30 分钟站起来一次。
settings-goal-follows = 跟随你的日程：每天 { $goal } 次
managed-locked = 由你的组织设定
managed-default = 你的组织的默认值；可自行修改
managed-between = 你的组织允许 { $min } 至 { $max }
managed-at-least = 你的组织允许至少 { $min }
managed-at-most = 你的组织允许最多 { $max }
managed-bounded = 受你的组织限制

## 统计

stats-scroll = 滚动查看统计
stats-breaks-today = 今天的休息
stats-day-streak = 连续天数
stats-longest-sitting = 最长久坐
stats-export = 导出 CSV
stats-export-hint = 每天一行，写入你的 Sitbreak 数据文件夹。
stats-breaks-per-day = 每日休息，最近 { $days } 天（目标：{ $goal }）
stats-taken = 完成
stats-natural = 自然
stats-skipped = 跳过
stats-daily-goal = 每日目标
stats-goal = 目标
stats-axis-breaks = 休息
stats-axis-hours = 小时
stats-chart-breaks = 图表：每日休息，最近 { $days } 天
stats-sitting-standing = 每日坐与站，最近 { $days } 天
stats-sitting = 坐
stats-standing = 站
stats-chart-sitting = 图表：每日坐与站的时间，最近 { $days } 天
stats-same-days = 同样的日期在下表中。
stats-last-weeks = 最近 { $weeks } 周
stats-when = 你什么时候休息，最近 { $weeks } 周
stats-by-hour = 按小时的休息
stats-chart-by-hour = 图表：按一天中的小时统计休息
stats-no-breaks-yet = 还没有休息。
stats-busiest = 休息最多（{ $count } 次）的时段在 { $from } 到 { $to } 之间。
stats-describe = { $days } 天内共 { $total } 次休息；{ $goal } 次的目标达成了 { $met } 次。每天的数据见下表。
stats-table = 每天的数字
stats-row = { $counted }/{ $goal } 次休息（完成 { $taken }、自然 { $natural }、跳过 { $skipped }），久坐 { $sat }
stats-row-stood = ，站立 { $stood }，换姿势 { $changes } 次
calendar-name = 最近 { $days } 天的日历
calendar-describe = { $days } 天中有 { $met } 天达成 { $goal } 次休息的目标。
calendar-describe-best = { $days } 天中有 { $met } 天达成 { $goal } 次休息的目标；休息最多的一天是 { $date }，共 { $best } 次。
calendar-day = { $date }：{ $counted }/{ $goal } 次休息
calendar-day-met = { $date }：{ $counted }/{ $goal } 次休息，已达成目标
calendar-no-breaks = 没有休息
calendar-goal-met = 已达成目标

## 按键和横幅

key-start = 开始
key-snooze = 推迟
key-skip = 跳过
key-pause = 暂停
key-back = 上一个
key-next = 下一个
key-hurts = 会痛
key-end-break = 结束休息
key-done = 完成
key-close = 关闭
banner-hook-ran = { $event } 钩子运行正常。
banner-hook-failed = { $event } 钩子失败：{ $problem }
banner-not-saved-unreadable = 未保存：无法读取你的设置（{ $reason }）
banner-fix-fields = 请修正红色标记的字段；没有保存任何内容
banner-saved = 已保存。新设置现在生效。
banner-exported = 已导出到 { $path }
banner-cannot-write = { $path }：无法写入（{ $reason }）
hint-between = { $min } 至 { $max }

## 设置：键的名称（帮助文字仍为英文）

setting-sit_interval = 起身间隔
setting-break_length = 最长休息
setting-warn_before = 休息前提醒
setting-snooze_length = 推迟时长
setting-max_snoozes = 连续推迟次数
setting-day_start = 新的一天开始于
setting-daily_goal = 每日目标（次数）
setting-allow_floor = 包含地面动作（需要垫子和地面空间）
setting-disabled_routines = 轮换中的套路
setting-excluded_stretches = 排除的动作
setting-get_ready = 每个动作前倒数
setting-strict = 严格模式：不能跳过休息
setting-natural_break_idle = 离开这么久算作休息
setting-card_after_pause = 打字停顿多久后显示休息卡片
setting-card_max_delay = …但最多等待
setting-hold_for_microphone = 等通话结束（麦克风使用中）
setting-hold_for_camera = 摄像头开启时等待
setting-hold_for_fullscreen = 等全屏窗口结束
setting-hold_for_do_not_disturb = “勿扰模式”开启时等待
setting-hold_for_apps = 这些程序运行时等待
setting-hold_at_most = …但休息最多推迟
setting-pause_media = 休息时暂停音乐和视频
setting-notifications = 显示通知
setting-autostart = 登录时启动 Sitbreak
setting-language = 语言
setting-theme = 主题
setting-text_scale = 文字大小
setting-motion = 人形
setting-announce_every = 屏幕阅读器：每隔多久播报剩余时间
setting-volume = 音量（%）
setting-break_sounds = 每次休息前和开始时的声音
setting-player_sounds = 动作中的信号音
setting-voice = 朗读动作
setting-sit_stand = 坐–站–活动（用于升降桌）
setting-sit_for = 坐
setting-stand_for = 然后站
setting-working_hours-enabled = 只在工作时间提醒
setting-working_hours-mon = 星期一
setting-working_hours-tue = 星期二
setting-working_hours-wed = 星期三
setting-working_hours-thu = 星期四
setting-working_hours-fri = 星期五
setting-working_hours-sat = 星期六
setting-working_hours-sun = 星期日
setting-hooks-stand = 我站起来时
setting-hooks-sit = 我坐下时
setting-hooks-break_start = 休息开始时
setting-hooks-break_end = 休息结束时
setting-hooks-pause = 提醒暂停时
setting-hooks-resume = 提醒恢复时
setting-hooks-time_limit = 钩子运行超过此时长后停止
group-schedule = 日程
group-routines = 套路
group-behaviour = 行为
group-appearance = 外观
group-sound = 声音
group-working-hours = 工作时间
group-hooks = 钩子
choice-system = 跟随系统
choice-light = 浅色
choice-dark = 深色
choice-high-contrast = 高对比度
choice-animate = 动画
choice-still = 静态
