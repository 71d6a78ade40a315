# Sitbreak の日本語メッセージ。機械的に作成したもので、まだ日本語を母語とする
# 人の確認を受けていません。訂正を歓迎します。
# 「30m」などの時間、アプリ名、パス、設定キーはそのまま入ります。

## 休憩を待たせているもの

busy-microphone = { $app } がマイクを使用中
busy-camera = { $app } がカメラを使用中
busy-full-screen-titled = 全画面のウィンドウ（{ $title }）
busy-full-screen = 全画面のウィンドウ
busy-do-not-disturb = 「応答不可」がオン
busy-running = { $app } が実行中
busy-just-ended = 直前に終わったもの（休憩はまもなく）

## 1 行の状態

summary-held = 休憩は待機中: { $reason }
summary-standing = 立っています: 立っている間は休憩なし
summary-next-in-seconds = 次の休憩まで { $seconds } 秒
summary-next-in-minutes = 次の休憩まで { $minutes } 分
summary-sitting = 座っています
summary-break-due = 立ち上がる時間です
summary-held-plain = 手が空くまで休憩は待機中
summary-on-break = 休憩中
summary-paused-until = { $time } まで一時停止
summary-paused = 一時停止中
summary-away = 席を離れています: 休憩として数えます
summary-off-hours = 勤務時間外
tooltip-next-at = 次の休憩は { $time }

## 実行できなかった理由

refusal-strict = 厳格モードがオンのため、休憩はスキップできません
refusal-nothing-to-skip = 予定または進行中の休憩がないため、スキップするものがありません
refusal-nothing-to-snooze = 予定の休憩がないため、後回しにするものがありません
refusal-no-snoozes-left = この休憩はもう後回しにできません: 休憩するかスキップしてください
refusal-already-on-break = すでに休憩中です
refusal-not-on-break = 休憩中ではありません
refusal-not-paused = リマインダーは一時停止していません
refusal-pause-out-of-range = 一時停止は 0 より長く、24 時間以内にしてください
refusal-no-such-routine = ルーティン「{ $id }」はありません
refusal-nothing-to-play = 「{ $routine }」のストレッチはすべて除外されているか床で行うものです
refusal-no-such-stretch = ストレッチ「{ $id }」はありません
refusal-invalid-settings = 保存されませんでした: { $problems }
refusal-hooks-only-in-file = 保存されませんでした: フックはコマンドを実行するため、設定ファイル（{ $file }）でのみ変更できます
refusal-no-such-hook-event = フックのイベント「{ $event }」はありません
refusal-no-hook-command = { $file } に「{ $event }」のコマンドがありません
refusal-socket-only = フックのテストとデスクトップの確認は、設定ウィンドウまたはソケットから行います

## 設定の問題

problem-unreadable = 読み込めません（{ $reason }）。既定値で動作します
problem-not-toml = 正しい TOML ではありません（{ $reason }）。既定値で動作します
problem-wrong-type = { $expected }である必要があります（{ $found } ではなく）
expected-whole-number = 整数
expected-true-or-false = true または false
expected-program-names = プログラム名のリスト
expected-command = プログラムと引数のリスト（例: ["deskctl", "up"]）
expected-ids = { $noun } の ID のリスト
expected-number = 1.25 のような数値
expected-quoted-string = 引用符付きの文字列
expected-registry-value = 数値（REG_DWORD）または文字列（REG_SZ）
expected-registry-text = 文字列（REG_SZ）
problem-not-a-table = テーブルである必要があります: [{ $name }]
problem-out-of-range = { $value } は範囲外です
problem-out-of-range-between = { $value } は範囲外です（{ $min }〜{ $max }）
problem-not-a-duration = 「{ $text }」は「30m」や「45s」のような時間ではありません
problem-not-a-time = 「{ $text }」は「09:00」のような時刻ではありません
problem-not-hours = 「{ $text }」は「09:00-17:00」のような範囲（または「off」）ではありません
problem-start-not-before-end = 「{ $text }」: 開始は終了より前にしてください
problem-not-one-of = 「{ $text }」は { $options } のいずれでもありません
problem-empty-program = プログラム（最初の項目）が空です
problem-newer-version = { $found } はこの Sitbreak が理解できるもの（{ $understood }）より新しいため、知らないキーは無視します
problem-bad-version = 1 のような整数である必要があります
problem-unknown-key = 不明なキー（無視します）
problem-unknown-key-in-table = 不明なキー（無視します）。このテーブルのキー: { $known }
problem-warning-not-before-break = { $warn_before } は sit_interval（{ $sit_interval }）より短くしてください
problem-every-day-off = オンですが毎日が休みのため、リマインダーは来ません
problem-safe-value-used = { $problem }。代わりに安全な値を使います
problem-not-read-this-way = この方法では読み込めません
problem-locked = 組織が設定しています: { $yours } ではなく { $applies } が適用されます
problem-out-of-bounds = { $yours } は組織が許可する範囲（{ $allowed }）外です。{ $applies } が適用されます
bound-between = { $min }〜{ $max }
bound-at-least = { $min } 以上
bound-at-most = { $max } 以下
bound-none = 制限なし
problem-not-in-policy = フックは本人のデスクトップでコマンドを実行するため、ポリシーでは設定できません
problem-no-bounds = 範囲を設定できるのは時間と数値だけです
problem-bad-bounds = 範囲は {"{"} min = …, max = … {"}"} と書き、min は max 以下にします
problem-bound-not-named = 範囲は <設定>.min または <設定>.max という名前の値です
problem-not-a-language = 「{ $text }」は「de」や「pt-BR」のような言語タグ（または「system」）ではありません

## フックが失敗した理由

hook-could-not-start = { $program } を開始できませんでした（{ $reason }）
hook-exited = { $program } は状態 { $code } で終了しました
hook-killed = { $program } はシグナルで終了しました
hook-timed-out = { $program } は { $limit } より長く実行されたため停止しました

## 組織のポリシー

policy-source = 組織による設定（{ $source }）:
policy-locked = { $value } に固定
policy-default = 既定値 { $value }（変更可能）
policy-between = { $min }〜{ $max }
policy-at-least = { $min } 以上
policy-at-most = { $max } 以下
policy-set = 設定済み
policy-not-applied = 適用されません: { $problem }
no-policy-unix = 組織のポリシーはありません（$XDG_CONFIG_DIRS、既定では /etc/xdg を確認しました）。
no-policy-windows = 組織のポリシーはありません（HKLM\SOFTWARE\Policies\Sitbreak と HKCU\SOFTWARE\Policies\Sitbreak を確認しました）。

## 通知

warning-in-seconds = あと { $seconds } 秒で立ち上がり休憩
warning-in-minutes = あと { $minutes } 分で立ち上がり休憩
warning-next-up = 次は「{ $routine }」。きりのいいところまで。
warning-body = きりのいいところまで。
held-title = この後で休憩
held-body = { $reason }: 終わったらすぐ休憩です。
break-due-title = 立ち上がる時間です
break-due-routine-length = { $routine } · { $length }
break-due-body = 立ち上がって 1 分ほど体を動かしましょう。
refused-title = Sitbreak は実行できませんでした

## 通知領域のメニュー

tray-take-break = 今すぐ休憩
tray-snooze = 後回し
tray-skip = この休憩をスキップ
tray-sitting = 座っています
tray-standing = 立っています
tray-pause = 一時停止
tray-pause-minutes = { $minutes } 分
tray-pause-hours = { $hours } 時間
tray-pause-until-tomorrow = 明日まで
tray-resume = 再開
tray-open = Sitbreak を開く
tray-settings = 設定
tray-statistics = 統計
tray-quit = 終了

## 座る・立つ

prompt-stand-up-title = 立ち上がって、机を上げましょう
prompt-stand-up-body = { $sat } 座っていました。{ $stand } 立ったら、短い運動休憩です。
prompt-sit-down-title = 少し姿勢を変えて座り直しましょう
prompt-sit-down-body = 前と同じでなく、座り方を変えましょう。

## ボタン

button-open = 開く
button-start = 開始
button-snooze = { $minutes } 分後回し
button-skip = スキップ
button-standing = 立っています
button-not-now = 今はしない
button-sitting = 座っています
button-keep-standing = 立ったままにする

## 言語

language-system = システムと同じ（{ $language }）
language-unreviewed = { $language }（未確認）
language-not-spoken = { $tag }（Sitbreak は未対応のため英語で表示）

## 時間の長さ

span-seconds = { $seconds } 秒
span-minutes-seconds = { $minutes } 分 { $seconds } 秒
span-minutes = { $minutes } 分
span-hours-minutes = { $hours } 時間 { $minutes } 分
spoken-seconds = { $seconds } 秒
spoken-about-minutes = 約 { $minutes } 分
posture-sitting = 座っている
posture-standing = 立っている

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
home-under-a-minute = 1 分未満
home-posture-for = { $posture }: { $time }
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
settings-articles-say = 記事の記述（原文の英語で引用）
settings-quote = “{ $quote }”（{ $article }）
settings-sitbreaks-own = Sitbreak 独自の部分
settings-hear-chimes = チャイムを聞く
settings-hear-cues = 合図を聞く
settings-hear-voice = 音声を聞く
settings-plays-through = { $device } で再生します。
settings-desktop = デスクトップとの連携
settings-desktop-looking = デスクトップを確認中…
settings-desktop-session = セッション: { $session }
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

## 日付

date-day-month = { $month }{ $day }日
date-weekday-day-month = { $month }{ $day }日（{ $weekday }）
weekday-mon = 月
weekday-tue = 火
weekday-wed = 水
weekday-thu = 木
weekday-fri = 金
weekday-sat = 土
weekday-sun = 日
month-short = { $month }月

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
hint-hours = 09:00-17:00 または off
hint-names = zoom, teams

## コマンドライン

cli-not-running = Sitbreak は動いていません（`sitbreak` で起動します）
cli-refused = 拒否されました: { $reason }
cli-stopped = Sitbreak を終了しました。
cli-asked-to-stand = { $line }（立つよう促し中）
cli-asked-to-sit = { $line }（座り直すよう促し中）
cli-hook-failed = フックが失敗しました: { $problem }
cli-next-routine = 次のルーティン: { $routine }（{ $time }）、対象: { $areas }
cli-today = 今日: 実施 { $taken }、スキップ { $skipped }、自然 { $natural }、座った時間 { $sat }
cli-doctor-no-daemon = Sitbreak は動いていません。ここで見つかるものは次のとおりです。

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
