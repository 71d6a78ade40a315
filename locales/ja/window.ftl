# ウィンドウの文言（`sitbreak-window` だけが読む）。それ以外は sitbreak.ftl に
# あります。機械的に作成したもので、まだ確認を受けていません。

## 言語

language-system = システムと同じ（{ $language }）
language-unreviewed = { $language }（未確認）
language-not-spoken = { $tag }（Sitbreak は未対応のため英語で表示）

## ホーム

home-not-answering = Sitbreak が応答しません。
home-not-answering-hint = `sitbreak` で起動してから、このウィンドウを開き直してください。
home-heading = ホーム
home-ring-next-break = 次の休憩まで { $time }
home-ring-until-break = 休憩まで
home-ring-now = 今
home-ring-stand-up = 立ち上がる時間
home-ring-soon = まもなく
home-ring-when-free = 手が空いたら
home-ring-break = 休憩
home-ring-under-way = 進行中
home-ring-paused = 一時停止中
home-ring-paused-until = まで一時停止
home-ring-away = 離席
home-ring-counts = 休憩として数えます
home-ring-off = オフ
home-ring-off-hours = 勤務時間外
home-today = 今日: 休憩 { $taken } 回、自然な休憩 { $natural } 回、スキップ { $skipped } 回
home-sat-today = 今日座っていた時間: { $time }
home-resume = 再開
home-take-break = 今すぐ休憩
home-next-routine = 次のルーティン
home-pause-reminders = リマインダーを一時停止
home-key-break = 今すぐ休憩
home-key-posture = 立つ / 座る
home-key-settings = 設定
home-key-statistics = 統計
nav-home = ホーム
nav-settings = 設定
nav-statistics = 統計
summary-next-in = 次の休憩まで { $time }
shortcut-hint = ショートカット: { $key }

## 安全について

safety-link = 安全と、やめるべきとき
safety-before-you-start = 始める前に
safety-when-to-stop = やめて受診すべきとき
safety-tips = ヒント
safety-own-advice = { $note }（記事ではなく Sitbreak 独自の助言です。）
safety-scroll = 注意事項をスクロール
safety-close = 閉じる
safety-read-again = これらはいつでも読み直せます: ホームとプレーヤーの「{ $link }」。

## 休憩カード、プレーヤー、終了

card-eyebrow = 休憩時間
card-keys-asleep = 入力を少し止めるか、このウィンドウにポインターを移すと、ここでキーが使えます
first-break-eyebrow = 初めての休憩
first-break-title = まず安全について
first-break-start = 理解しました、開始
player-routine-place = { $routine } · ストレッチ { $number }/{ $count }
player-left = 残り { $time }
player-progress = ルーティン: ストレッチ { $number }/{ $count }
player-ring-get-ready = 準備
player-ring-rep = { $rep }/{ $count } 回
player-ring-hold = キープ
player-paused = 一時停止中
player-get-into-position = 姿勢をとってください
player-careful = 注意:
player-scroll = ストレッチをスクロール
player-back = 戻る
player-resume = 再開
player-pause = 一時停止
player-next = 次へ
player-hurt = 中止 — 痛みがある
player-ring-name-get-ready = 準備{ $side }: { $time } 後に開始
player-ring-name-rep = { $rep }/{ $count } 回{ $side }
player-ring-name-hold = キープ{ $side }: 残り { $time }
hurt-eyebrow = 中止しました
hurt-title = 「{ $stretch }」を中止しました
hurt-left-out = 「{ $stretch }」は今後のルーティンから除外されます。
hurt-leave-out = 「{ $stretch }」を今後のルーティンから除外
hurt-end = 休憩を終える
hurt-continue = 次のストレッチに進む
end-eyebrow = 休憩完了
end-moved = { $time } 立って体を動かしました。今回は完了したストレッチはありません。
end-did = { $time } でストレッチ { $total } 個のうち { $done } 個を行いました。
end-next = 次の休憩まで { $time }。
end-done = 完了
cannot-play-eyebrow = このルーティンは表示できません
cannot-play-title = 立ち上がって 1 分ほど体を動かしましょう

## スクリーンリーダーの読み上げ

announce-break-due = 立ち上がる時間です: { $routine }、{ $time }
announce-next-stretch = 次のストレッチ
announce-stretch = ストレッチ { $number }/{ $count }: { $stretch }
announce-other-side = { $cue }: 反対側です
announce-other-way = { $cue }: 反対向きです
announce-paused = 一時停止しました。スペースで再開します。
announce-resumed = 再開しました。
announce-done = 休憩完了。{ $notes }
announce-the-stretch = ストレッチ
announce-stopped = { $stretch } を中止しました。次にすることを下で読んでください。
figure-showing = { $stretch } を示す図

## 設定

settings-scroll = 設定をスクロール
settings-save = 変更を保存
settings-revert = 元に戻す
settings-fix-fields = 保存する前に修正が必要な項目があります。
settings-presets = プリセット:
settings-preset-20-8-2 = 20-8-2（座る 20、立つ 8、動く 2）
settings-preset-30-sit = 30 分座ったら、立って動く
settings-hooks-intro = 電動デスクを上げるなど、イベントで実行するコマンドです。設定ファイルの [hooks] でのみ設定します。
settings-hook-last-failure = 最後の失敗: { $problem }
settings-hook-nothing = なし
settings-hook-test = テスト
settings-unreadable-title = 設定を読み込めませんでした
settings-unreadable-body = 下の値はあなたの設定ではなく既定値のため、保存はできません。Sitbreak が動いているか確認してから、設定を開き直してください。
settings-problems-title = ファイルの問題
settings-problems-body = 下の各値は無視され、既定値が使われました。ファイルを修正するか、ここで保存して置き換えてください。
settings-routines-in-rotation = 順番に使うルーティン
settings-routine = { $routine }（{ $time }）
settings-routine-floor = { $routine }（{ $time } · 床）
settings-stretches = ストレッチ
settings-area-lost = { $area } をストレッチするルーティンがありません: { $stretches } を除外しました。
settings-open-a-stretch = ストレッチを開くと、手順と出典が見られます。
settings-leave-out = 自分のルーティンから除外
settings-careful = 注意: { $caution }
settings-articles-say = 記事の記述（記事から引用・英語）
settings-quote = “{ $quote }”（{ $article }）
settings-sitbreaks-own = Sitbreak 独自の部分
settings-hear-chimes = チャイムを聞く
settings-hear-cues = 合図を聞く
settings-hear-voice = 音声を聞く
settings-plays-through = { $device } で再生します。
settings-desktop = デスクトップとの連携
settings-desktop-looking = デスクトップを確認中…
settings-desktop-works = 動作
settings-desktop-missing = なし
settings-articles-advise = 記事は少なくとも 30 分ごとに立ち上がることを勧めています。
settings-goal-follows = スケジュールに従う: 1 日 { $goal } 回
managed-locked = 組織が設定
managed-default = 組織の既定値（変更可能）
managed-between = 組織が許可する範囲: { $min }〜{ $max }
managed-at-least = 組織が許可する範囲: { $min } 以上
managed-at-most = 組織が許可する範囲: { $max } 以下
managed-bounded = 組織が範囲を制限

## 統計

stats-scroll = 統計をスクロール
stats-breaks-today = 今日の休憩
stats-day-streak = 日連続
stats-longest-sitting = 最長の座り時間
stats-export = CSV に書き出す
stats-export-hint = Sitbreak のデータフォルダーに 1 日 1 行で書き出します。
stats-breaks-per-day = 1 日あたりの休憩、過去 { $days } 日（目標: { $goal }）
stats-taken = 実施
stats-natural = 自然
stats-skipped = スキップ
stats-daily-goal = 1 日の目標
stats-goal = 目標
stats-axis-breaks = 休憩
stats-axis-hours = 時間
stats-chart-breaks = グラフ: 1 日あたりの休憩、過去 { $days } 日
stats-sitting-standing = 1 日あたりの座る・立つ時間、過去 { $days } 日
stats-sitting = 座る
stats-standing = 立つ
stats-chart-sitting = グラフ: 1 日あたりの座る・立つ時間、過去 { $days } 日
stats-same-days = 同じ日々は下の表にあります。
stats-last-weeks = 過去 { $weeks } 週間
stats-when = 休憩をとる時間帯、過去 { $weeks } 週間
stats-by-hour = 時間帯ごとの休憩
stats-chart-by-hour = グラフ: 時間帯ごとの休憩
stats-no-breaks-yet = まだ休憩はありません。
stats-busiest = 最も多い { $count } 回の休憩は { $from }〜{ $to } に始まります。
stats-describe = { $days } 日で休憩 { $total } 回。目標 { $goal } 回を達成した日は { $met } 日。各日は下の表にあります。
stats-table = 日ごとの数値
stats-row = 休憩 { $counted }/{ $goal } 回（実施 { $taken }、自然 { $natural }、スキップ { $skipped }）、座った時間 { $sat }
stats-row-stood = 、立った時間 { $stood }、姿勢の変更 { $changes } 回
calendar-name = 過去 { $days } 日のカレンダー
calendar-describe = { $days } 日のうち { $met } 日で目標の休憩 { $goal } 回を達成しました。
calendar-describe-best = { $days } 日のうち { $met } 日で目標の休憩 { $goal } 回を達成しました。最多は { $date } の { $best } 回です。
calendar-day = { $date }: 休憩 { $counted }/{ $goal } 回
calendar-day-met = { $date }: 休憩 { $counted }/{ $goal } 回、目標達成
calendar-no-breaks = 休憩なし
calendar-goal-met = 目標達成

## ウィンドウのキーとお知らせ

key-start = 開始
key-snooze = 後回し
key-skip = スキップ
key-pause = 一時停止
key-back = 戻る
key-next = 次へ
key-hurts = 痛みがある
key-end-break = 休憩を終える
key-done = 完了
key-close = 閉じる
banner-hook-ran = フック { $event } は問題なく実行されました。
banner-hook-failed = フック { $event } が失敗しました: { $problem }
banner-not-saved-unreadable = 保存されませんでした: 設定を読み込めませんでした（{ $reason }）
banner-fix-fields = 赤で示した項目を修正してください。何も保存されていません
banner-saved = 保存しました。新しい設定は今から適用されます。
banner-exported = { $path } に書き出しました
banner-cannot-write = { $path }: 書き込めません（{ $reason }）
hint-between = { $min }〜{ $max }

## 設定の名前（説明文はまだ英語）

setting-sit_interval = 立ち上がる間隔
setting-break_length = 最長の休憩
setting-warn_before = 休憩前の予告
setting-snooze_length = 後回しの長さ
setting-max_snoozes = 続けて後回しできる回数
setting-day_start = 1 日の始まり
setting-daily_goal = 1 日の目標（休憩回数）
setting-allow_floor = 床で行う運動を含める（マットと床のスペースが必要）
setting-disabled_routines = 順番に使うルーティン
setting-excluded_stretches = 除外したストレッチ
setting-get_ready = 各ストレッチの前にカウントダウン
setting-strict = 厳格モード: 休憩をスキップできない
setting-natural_break_idle = この時間離れたら休憩として数える
setting-card_after_pause = 入力が止まってから休憩カードを表示するまで
setting-card_max_delay = … ただし最長で待つ時間
setting-hold_for_microphone = 通話中は待つ（マイク使用中）
setting-hold_for_camera = カメラがオンの間は待つ
setting-hold_for_fullscreen = 全画面ウィンドウの間は待つ
setting-hold_for_do_not_disturb = 「応答不可」がオンの間は待つ
setting-hold_for_apps = これらのプログラムが動いている間は待つ
setting-hold_at_most = … ただし休憩を待たせる最長時間
setting-pause_media = 休憩中は音楽と動画を一時停止
setting-notifications = 通知を表示
setting-autostart = ログイン時に Sitbreak を起動
setting-language = 言語
setting-theme = テーマ
setting-text_scale = 文字の大きさ
setting-motion = 図
setting-announce_every = スクリーンリーダー: 残り時間を読み上げる間隔
setting-volume = 音量（%）
setting-break_sounds = 休憩の前と休憩時にチャイム
setting-player_sounds = ストレッチ中の合図音
setting-voice = ストレッチを読み上げる
setting-sit_stand = 座る・立つ・動くモード（昇降デスク用）
setting-sit_for = 座る時間
setting-stand_for = 続けて立つ時間
setting-working_hours-enabled = 勤務時間中だけ知らせる
setting-working_hours-mon = 月曜日
setting-working_hours-tue = 火曜日
setting-working_hours-wed = 水曜日
setting-working_hours-thu = 木曜日
setting-working_hours-fri = 金曜日
setting-working_hours-sat = 土曜日
setting-working_hours-sun = 日曜日
setting-hooks-stand = 立ったとき
setting-hooks-sit = 座ったとき
setting-hooks-break_start = 休憩の開始時
setting-hooks-break_end = 休憩の終了時
setting-hooks-pause = リマインダーの一時停止時
setting-hooks-resume = リマインダーの再開時
setting-hooks-time_limit = フックを止めるまでの時間
group-schedule = スケジュール
group-routines = ルーティン
group-behaviour = 動作
group-appearance = 外観
group-sound = 音
group-working-hours = 勤務時間
group-hooks = フック
choice-system = システムに合わせる
choice-light = ライト
choice-dark = ダーク
choice-high-contrast = ハイコントラスト
choice-animate = 動かす
choice-still = 静止画
