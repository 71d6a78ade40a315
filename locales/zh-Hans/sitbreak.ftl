# Sitbreak 的简体中文文字。由机器翻译，尚未经中文母语者审阅，欢迎指正。
# “30m”这样的时长、应用名、路径和设置键按原样填入。

## 是什么让休息推迟

busy-microphone = { $app } 正在使用麦克风
busy-camera = { $app } 正在使用摄像头
busy-full-screen-titled = 一个全屏窗口（{ $title }）
busy-full-screen = 一个全屏窗口
busy-do-not-disturb = “勿扰模式”已开启
busy-running = { $app } 正在运行
busy-just-ended = 刚刚结束的事情（休息马上就来）

## 一行状态

summary-held = 休息在等待：{ $reason }
summary-standing = 站立中：站着时不会提醒休息
summary-next-in-seconds = { $seconds } 秒后下次休息
summary-next-in-minutes = { $minutes } 分钟后下次休息
summary-sitting = 坐着
summary-break-due = 该站起来了
summary-held-plain = 休息等你有空
summary-on-break = 休息中
summary-paused-until = 提醒已暂停至 { $time }
summary-paused = 提醒已暂停
summary-away = 离开座位：算作一次休息
summary-off-hours = 非工作时间
tooltip-next-at = 下次休息在 { $time }

## 为什么请求没有执行

refusal-strict = 严格模式已开启，不能跳过休息
refusal-nothing-to-skip = 没有到时或进行中的休息，没有可跳过的
refusal-nothing-to-snooze = 没有到时的休息，没有可推迟的
refusal-no-snoozes-left = 这次休息不能再推迟了：做完或跳过
refusal-already-on-break = 已经在休息中
refusal-not-on-break = 没有进行中的休息
refusal-not-paused = 提醒没有暂停
refusal-pause-out-of-range = 暂停时长必须大于零且不超过 24 小时
refusal-no-such-routine = 没有名为“{ $id }”的套路
refusal-nothing-to-play = “{ $routine }”的每个动作都已排除或需要在地上做
refusal-no-such-stretch = 没有名为“{ $id }”的动作
refusal-invalid-settings = 未保存：{ $problems }
refusal-hooks-only-in-file = 未保存：钩子会运行命令，所以只能在设置文件（{ $file }）中修改
refusal-no-such-hook-event = 没有名为“{ $event }”的钩子事件
refusal-no-hook-command = { $file } 中没有“{ $event }”的命令
refusal-socket-only = 钩子的测试和桌面的检查要在设置窗口或套接字中进行

## 设置的问题，以及如何处理

problem-unreadable = 无法读取（{ $reason }）；使用默认值
problem-not-toml = 不是有效的 TOML（{ $reason }）；使用默认值
problem-wrong-type = 应为{ $expected }，而不是 { $found }
expected-whole-number = 整数
expected-true-or-false = true 或 false
expected-program-names = 程序名列表
expected-command = 程序及其参数的列表，例如 ["deskctl", "up"]
expected-ids = { $noun } 标识列表
expected-number = 数字，例如 1.25
expected-quoted-string = 带引号的字符串
expected-registry-value = 数字（REG_DWORD）或文本（REG_SZ）
expected-registry-text = 文本（REG_SZ）
problem-not-a-table = 应为表：[{ $name }]
problem-out-of-range = { $value } 超出范围
problem-out-of-range-between = { $value } 超出范围（{ $min } 至 { $max }）
problem-not-a-duration = “{ $text }”不是“30m”或“45s”这样的时长
problem-not-a-time = “{ $text }”不是“09:00”这样的时间
problem-not-hours = “{ $text }”不是“09:00-17:00”这样的时间段（或“off”）
problem-start-not-before-end = “{ $text }”：开始必须早于结束
problem-not-one-of = “{ $text }”不是 { $options } 之一
problem-empty-program = 程序（第一项）为空
problem-newer-version = { $found } 比此版本的 Sitbreak 能理解的更新（{ $understood }）；未知的键将被忽略
problem-bad-version = 应为整数，例如 1
problem-unknown-key = 未知的键（已忽略）
problem-unknown-key-in-table = 未知的键（已忽略）；此表有 { $known }
problem-warning-not-before-break = { $warn_before } 必须短于 sit_interval（{ $sit_interval }）
problem-every-day-off = 已启用，但每天都关闭，所以永远不会有提醒
problem-safe-value-used = { $problem }；改用安全值
problem-not-read-this-way = 无法这样读取
problem-locked = 由你的组织设定：适用 { $applies }，而不是 { $yours }
problem-out-of-bounds = { $yours } 超出了你的组织允许的范围（{ $allowed }）；适用 { $applies }
bound-between = { $min } 至 { $max }
bound-at-least = 至少 { $min }
bound-at-most = 最多 { $max }
bound-none = 无限制
problem-not-in-policy = 钩子会在用户的桌面上运行命令，所以策略不能设定它们
problem-no-bounds = 只有时长和数字可以设限
problem-bad-bounds = 限制写作 {"{"} min = …, max = … {"}"}，且 min 不大于 max
problem-bound-not-named = 限制是名为 <设置>.min 或 <设置>.max 的值
problem-not-a-language = “{ $text }”不是“de”或“pt-BR”这样的语言标记（或“system”）

## 钩子为什么失败

hook-could-not-start = { $program } 无法启动（{ $reason }）
hook-exited = { $program } 以状态 { $code } 退出
hook-killed = { $program } 被信号终止
hook-timed-out = { $program } 运行超过 { $limit } 后被停止

## 组织的策略

policy-source = 由你的组织设定，位于 { $source }：
policy-locked = 锁定为 { $value }
policy-default = 默认为 { $value }，可自行修改
policy-between = 从 { $min } 到 { $max }
policy-at-least = 至少 { $min }
policy-at-most = 最多 { $max }
policy-set = 已设定
policy-not-applied = 未应用：{ $problem }
no-policy-unix = 没有组织的策略（已在 $XDG_CONFIG_DIRS 中查找，默认为 /etc/xdg）。
no-policy-windows = 没有组织的策略（已在 HKLM\SOFTWARE\Policies\Sitbreak 和 HKCU\SOFTWARE\Policies\Sitbreak 中查找）。

## 通知

warning-in-seconds = { $seconds } 秒后起身休息
warning-in-minutes = { $minutes } 分钟后起身休息
warning-next-up = 接下来：{ $routine }。先把手头的想法做完。
warning-body = 先把手头的想法做完。
held-title = 忙完这个再休息
held-body = { $reason }：休息随后就来。
break-due-title = 该站起来了
break-due-routine-length = { $routine } · { $length }
break-due-body = 站起来活动一分钟。
refused-title = Sitbreak 无法执行

## 托盘菜单

tray-take-break = 现在休息
tray-snooze = 推迟
tray-skip = 跳过这次休息
tray-sitting = 我坐着
tray-standing = 我站着
tray-pause = 暂停
tray-pause-minutes = { $minutes } 分钟
tray-pause-hours = { $hours } 小时
tray-pause-until-tomorrow = 直到明天
tray-resume = 恢复
tray-open = 打开 Sitbreak
tray-settings = 设置
tray-statistics = 统计
tray-quit = 退出

## 坐站交替

prompt-stand-up-title = 站起来——升起你的桌子
prompt-stand-up-body = 你已经坐了 { $sat }。站 { $stand }，然后做一次简短的活动休息。
prompt-sit-down-title = 换个稍微不同的姿势坐下
prompt-sit-down-body = 别和之前完全一样：换一种坐法。

## 通知按钮

button-open = 打开
button-start = 开始
button-snooze = 推迟 { $minutes } 分钟
button-skip = 跳过
button-standing = 我站着
button-not-now = 现在不
button-sitting = 我坐着
button-keep-standing = 继续站着

## 时长的显示与朗读

span-seconds = { $seconds } 秒
span-minutes-seconds = { $minutes } 分 { $seconds } 秒
span-minutes = { $minutes } 分钟
span-hours-minutes = { $hours } 小时 { $minutes } 分
spoken-seconds = { $seconds } 秒
spoken-about-minutes = 约 { $minutes } 分钟
posture-sitting = 坐着
posture-standing = 站着

## 日期

date-day-month = { $month }{ $day }日
date-weekday-day-month = { $month }{ $day }日 { $weekday }
weekday-mon = 周一
weekday-tue = 周二
weekday-wed = 周三
weekday-thu = 周四
weekday-fri = 周五
weekday-sat = 周六
weekday-sun = 周日
month-short = { $month }月

## 命令行

cli-not-running = Sitbreak 没有运行（用 `sitbreak` 启动）
cli-refused = 被拒绝：{ $reason }
cli-stopped = Sitbreak 已停止。
cli-asked-to-stand = { $line }（已提示起身）
cli-asked-to-sit = { $line }（已提示坐下）
cli-hook-failed = 一个钩子失败了：{ $problem }
cli-next-routine = 下一个套路：{ $routine }（{ $time }），针对{ $areas }
cli-today = 今天：完成 { $taken }，跳过 { $skipped }，自然 { $natural }，久坐 { $sat }
cli-doctor-no-daemon = Sitbreak 没有运行；这是它在这里会发现的情况。

## 命令行和窗口

home-under-a-minute = 不到一分钟
home-posture-for = 已{ $posture } { $time }
settings-desktop-session = 会话：{ $session }
hint-hours = 09:00-17:00 或 off
hint-names = zoom, teams

## 动作：练哪里、在哪里做、怎样换边

list-separator = 、
area-lower-back = 下背部
area-piriformis = 梨状肌
area-glutes = 臀部
area-hamstrings = 大腿后侧
area-hip-flexors = 髋屈肌
area-calves = 小腿
area-core = 核心
area-abdomen = 腹部
area-hips = 髋部
group-piriformis-glutes = 梨状肌和臀部
position-standing = 站姿
position-seated = 坐姿
position-floor = 地面
kind-stretch = 拉伸
kind-strength = 力量
kind-movement = 活动
stretch-facts = { $areas } · { $position }
stretch-facts-kind = { $areas } · { $position } · { $kind }
turn-sides = 换另一边
turn-direction = 换方向
turn-sides-first = 第一边
turn-sides-other = 另一边
turn-direction-first = 一个方向
turn-direction-other = 另一个方向
caution-seated = 请用稳固的椅子：带轮子或可旋转的椅子可能在你身下移动，请锁住轮子或用一只脚抵住。
our-adaptation = 文章说明了哪些拉伸和运动有帮助以及原因；对这里的一些动作（踮脚、夹臀、收紧核心、转髋），文章只提到了类型。每个动作怎么做（步骤、保持时间、次数和注意事项）是 Sitbreak 为办公桌自行改编的，而不是文章的内容。

## 套路中语音说的话

speech-first = { $name }。
speech-next = 下一个：{ $name }。
speech-turn = { $cue }。
speech-two-more = 还有两次。
speech-finished = 完成。做得好。

## `sitbreak routines`

cli-routines = 套路
cli-stretches = 动作
cli-floor = （地面）

## `sitbreak doctor` 和设置在桌面上发现的情况

part-tray = 托盘图标
part-notifications = 通知
part-idle = 空闲时间
part-suspend = 睡眠和锁屏
part-sound = 声音
part-voice = 语音
part-media = 暂停媒体
doctor-no-display = 没有显示器
doctor-tray-gnome = 没有 AppIndicator 扩展（gnome-shell-extension-appindicator）时，GNOME 不显示托盘图标；休息仍会以通知和窗口的形式出现
doctor-tray-no-host-advice = 这个桌面没有托盘（StatusNotifierItem 宿主）；休息仍会以通知和窗口的形式出现，`sitbreak` 会打开窗口
doctor-tray-shown = 已显示（StatusNotifierItem）
doctor-tray-host-running = 托盘正在运行（StatusNotifierItem）
doctor-tray-not-registered = 托盘正在运行，但图标尚未注册
doctor-tray-not-registered-advice = 托盘重启时会重新注册；请查看后台服务的消息
doctor-tray-watcher-no-host = 有观察器在运行，但没有宿主显示它的图标
doctor-tray-no-host = 没有托盘
doctor-tray-no-session-bus = 没有会话总线，因此没有托盘
doctor-notifications-none = 没有通知服务
doctor-notifications-none-advice = 休息仍会打开窗口，但事先没有提醒；请安装一个通知服务（mako、dunst 或桌面自带的）
doctor-notifications-buttons = { $server } { $version }，带按钮（开始、推迟、跳过）
doctor-notifications-no-buttons = { $server } { $version }，不带按钮
doctor-notifications-no-buttons-advice = 这个服务不显示按钮：请在休息窗口或托盘中开始、推迟或跳过
doctor-sound-none = 没有声音服务
doctor-sound-none-advice = { $why }。休息和动作仍会显示在屏幕和通知中，但没有提示音
doctor-sound-pulse-compatible = 一个兼容 PulseAudio 的服务
doctor-voice-none = 没有 speech-dispatcher
doctor-voice-running = speech-dispatcher，运行中（{ $socket }）
doctor-voice-on-demand = speech-dispatcher，需要时启动（{ $program }）
doctor-voice-not-installed = 没有安装 speech-dispatcher，所以语音无法说话；提示音仍会引导你。要听到动作讲解，请安装 speech-dispatcher 和一个语音（Debian 和 Ubuntu 上：speech-dispatcher espeak-ng）。
doctor-idle-x11 = X 服务器的屏幕保护扩展
doctor-idle-none = 没有空闲时间来源
doctor-idle-none-advice = 离开座位的时间无法察觉，所以没有自然休息，休息卡片也不会等打字停顿再出现；Sitbreak 从 ext-idle-notify-v1 或 org_kde_kwin_idle（Wayland）、GNOME 的 Mutter、org.freedesktop.ScreenSaver 或 X 服务器读取空闲时间
doctor-suspend-logind = logind：唤醒会立即察觉；锁屏算作空闲
doctor-suspend-no-logind = 系统总线上没有 logind
doctor-suspend-no-logind-advice = 睡眠仍会通过时钟察觉，在唤醒后一分钟内
doctor-suspend-windows = 会话通知和电源广播
doctor-tray-notification-area = 通知区域（Shell_NotifyIcon）
doctor-tray-not-in-area = 尚未出现在通知区域
doctor-tray-not-in-area-advice = 资源管理器的任务栏没有运行；它启动后图标会回来，在此之前 `sitbreak` 会打开窗口
doctor-toasts = 系统通知，休息通知带开始、推迟和跳过
doctor-toasts-no-icon = 没有系统通知，也没有可显示气泡的图标
doctor-toasts-no-icon-advice = 没有系统通知（{ $why }），没有图标也就没有气泡；休息仍会打开休息卡片
doctor-balloons = 气泡
doctor-balloons-advice = 没有系统通知（{ $why }），因此改用通知区域图标的气泡；气泡没有开始、推迟或跳过按钮，点击会打开休息卡片，其余功能在图标菜单里
doctor-idle-no-answer = GetLastInputInfo 没有响应
doctor-idle-no-answer-advice = 离开座位的时间无法察觉，所以没有自然休息
doctor-sound-windows = Windows 音频（默认输出）
doctor-sound-no-output = 没有输出
doctor-voice-no-voice = 没有语音
doctor-sapi = Windows 语音（SAPI）
doctor-sapi-voice = Windows 语音（SAPI），{ $voice }
doctor-sapi-not-implemented = Windows 语音在这里无法说话（SAPI 的 Speak 未实现，Wine 下即是如此）；提示音仍会引导你
doctor-sapi-failed = Windows 语音：{ $why }；请在 Windows 设置（时间和语言、语音）中添加语音；提示音仍会引导你
doctor-sapi-no-voice = Windows 语音没有可用的语音（{ $why }）；请在 Windows 设置（时间和语言、语音）中添加语音；提示音仍会引导你
doctor-media-sessions = Windows 列出的媒体会话
doctor-media-none = 没有媒体会话
doctor-media-none-advice = Windows 在这里没有列出媒体会话（{ $why }），所以休息时音乐和视频会继续播放；需要 Windows 10 1809 版或更高版本

## `sitbreak stats`

cli-stats-heading = 最近 { $days } 天（目标：每天 { $goal } 次休息）
cli-stats-day = 日期
cli-stats-taken = 完成
cli-stats-skipped = 跳过
cli-stats-natural = 自然
cli-stats-sat = 久坐
cli-stats-longest = 最长
cli-stats-stood = 站立
cli-stats-changes = 换姿势
cli-stats-longest-sitting = 最长连续久坐：{ $time }
cli-stats-streak = 连续达标：{ $days } 天

## Sitbreak 读取的文件中的问题

store-history-line-skipped = { $place }：跳过了一行无法读取的内容（{ $reason }）
store-builtin-problem = 内置目录：{ $problem }
store-routine-file-unreadable = { $file }：无法读取（{ $reason }）；已跳过
store-routine-file-skipped = { $problem }（已跳过该文件）
