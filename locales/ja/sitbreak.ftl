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

## 時間の長さ

span-seconds = { $seconds } 秒
span-minutes-seconds = { $minutes } 分 { $seconds } 秒
span-minutes = { $minutes } 分
span-hours-minutes = { $hours } 時間 { $minutes } 分
spoken-seconds = { $seconds } 秒
spoken-about-minutes = 約 { $minutes } 分
posture-sitting = 座っている
posture-standing = 立っている

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

## コマンドラインとウィンドウ

home-under-a-minute = 1 分未満
home-posture-for = { $posture }: { $time }
settings-desktop-session = セッション: { $session }
hint-hours = 09:00-17:00 または off
hint-names = zoom, teams

## ストレッチ：効く部位、行う場所、切り替え

list-separator = 、
area-lower-back = 腰
area-piriformis = 梨状筋
area-glutes = お尻
area-hamstrings = 太もも裏
area-hip-flexors = 股関節の前側
area-calves = ふくらはぎ
area-core = 体幹
area-abdomen = お腹
area-hips = 股関節
group-piriformis-glutes = 梨状筋とお尻
position-standing = 立位
position-seated = 座位
position-floor = 床で
kind-stretch = ストレッチ
kind-strength = 筋力トレーニング
kind-movement = 運動
stretch-facts = { $areas } · { $position }
stretch-facts-kind = { $areas } · { $position } · { $kind }
turn-sides = 反対側へ
turn-direction = 逆回りへ
turn-sides-first = 片側
turn-sides-other = 反対側
turn-direction-first = 一方向
turn-direction-other = 逆方向
caution-seated = 安定した椅子を使ってください。キャスター付きや回転する椅子は体の下で動くことがあるので、キャスターを固定するか、片足で踏ん張ってください。
our-adaptation = 記事は、どんな種類のストレッチや運動が役立つか、そしてその理由を述べています。ここにある一部の運動（かかと上げ、お尻の引き締め、体幹の引き締め、腰回し）については種類しか挙げていません。それぞれのやり方（手順、保持時間、回数、注意点）は、記事ではなく Sitbreak が机向けに工夫したものです。

## ルーティン中に音声が話すこと

speech-first = { $name }。
speech-next = 次は{ $name }。
speech-turn = { $cue }。
speech-two-more = あと 2 回。
speech-finished = 終わりです。お疲れさまでした。

## `sitbreak routines`

cli-routines = ルーティン
cli-stretches = ストレッチ
cli-floor = （床）

## `sitbreak doctor` と設定がデスクトップについて見つけたこと

part-tray = トレイアイコン
part-notifications = 通知
part-idle = 離席時間
part-suspend = スリープとロック
part-sound = サウンド
part-voice = 音声
part-media = メディアの一時停止
doctor-no-display = ディスプレイなし
doctor-tray-gnome = GNOME は AppIndicator 拡張機能（gnome-shell-extension-appindicator）がないとトレイアイコンを表示しません。休憩は通知とウィンドウで届きます
doctor-tray-no-host-advice = このデスクトップにはトレイ（StatusNotifierItem ホスト）がありません。休憩は通知とウィンドウで届き、`sitbreak` でウィンドウが開きます
doctor-tray-shown = 表示中（StatusNotifierItem）
doctor-tray-host-running = トレイが動作中（StatusNotifierItem）
doctor-tray-not-registered = トレイは動作中ですが、アイコンはまだ登録されていません
doctor-tray-not-registered-advice = トレイが再起動すると再登録します。常駐プロセスのメッセージを確認してください
doctor-tray-watcher-no-host = ウォッチャーは動作していますが、アイコンを表示するホストがありません
doctor-tray-no-host = トレイなし
doctor-tray-no-session-bus = セッションバスがないため、トレイなし
doctor-notifications-none = 通知サーバーなし
doctor-notifications-none-advice = 休憩のウィンドウは開きますが、事前の予告はありません。通知サーバー（mako、dunst、またはデスクトップ標準のもの）をインストールしてください
doctor-notifications-buttons = { $server } { $version }、ボタン付き（開始、あとで、スキップ）
doctor-notifications-no-buttons = { $server } { $version }、ボタンなし
doctor-notifications-no-buttons-advice = このサーバーはボタンを表示しません。開始、あとで、スキップは休憩ウィンドウかトレイから行えます
doctor-sound-none = サウンドサーバーなし
doctor-sound-none-advice = { $why }。休憩とストレッチは画面と通知に表示されますが、音の合図はありません
doctor-sound-pulse-compatible = PulseAudio 互換のサーバー
doctor-voice-none = speech-dispatcher なし
doctor-voice-running = speech-dispatcher、動作中（{ $socket }）
doctor-voice-on-demand = speech-dispatcher、必要なときに起動（{ $program }）
doctor-voice-not-installed = speech-dispatcher がインストールされていないため、音声は話せません。音の合図が引き続き案内します。ストレッチを音声で聞くには、speech-dispatcher と音声をインストールしてください（Debian と Ubuntu では speech-dispatcher espeak-ng）。
doctor-idle-x11 = X サーバーのスクリーンセーバー拡張
doctor-idle-none = 離席時間の取得元なし
doctor-idle-none-advice = 席を離れた時間がわからないため、自然な休憩は記録されず、休憩カードは入力の切れ目を待たずに表示されます。Sitbreak は ext-idle-notify-v1 または org_kde_kwin_idle（Wayland）、GNOME の Mutter、org.freedesktop.ScreenSaver、X サーバーから離席時間を読み取ります
doctor-suspend-logind = logind：復帰はすぐにわかり、ロック中の画面は離席として数えます
doctor-suspend-no-logind = システムバスに logind なし
doctor-suspend-no-logind-advice = スリープは時計から、復帰後 1 分以内に検出されます
doctor-suspend-windows = セッション通知と電源通知
doctor-tray-notification-area = 通知領域（Shell_NotifyIcon）
doctor-tray-not-in-area = まだ通知領域にありません
doctor-tray-not-in-area-advice = エクスプローラーのタスクバーが動作していません。起動するとアイコンが戻り、それまでは `sitbreak` でウィンドウが開きます
doctor-toasts = トースト通知、休憩には開始・あとで・スキップ付き
doctor-toasts-no-icon = トースト通知なし、バルーンを出すアイコンもなし
doctor-toasts-no-icon-advice = トースト通知がなく（{ $why }）、アイコンがないためバルーンも出せません。休憩カードは開きます
doctor-balloons = バルーン
doctor-balloons-advice = トースト通知がないため（{ $why }）、通知領域のアイコンからバルーンを出します。開始・あとで・スキップのボタンはないので、クリックすると休憩カードが開き、残りはトレイのメニューにあります
doctor-idle-no-answer = GetLastInputInfo が応答しません
doctor-idle-no-answer-advice = 席を離れた時間がわからないため、自然な休憩は記録されません
doctor-sound-windows = Windows オーディオ（既定の出力）
doctor-sound-no-output = 出力なし
doctor-voice-no-voice = 音声なし
doctor-sapi = Windows 音声合成（SAPI）
doctor-sapi-voice = Windows 音声合成（SAPI）、{ $voice }
doctor-sapi-not-implemented = ここでは Windows 音声合成が話せません（Wine と同様、SAPI の Speak が未実装）。音の合図が引き続き案内します
doctor-sapi-failed = Windows 音声合成：{ $why }。Windows の設定（時刻と言語、音声認識）で音声を追加してください。音の合図が引き続き案内します
doctor-sapi-no-voice = Windows 音声合成に音声がありません（{ $why }）。Windows の設定（時刻と言語、音声認識）で音声を追加してください。音の合図が引き続き案内します
doctor-media-sessions = Windows が一覧表示するメディアセッション
doctor-media-none = メディアセッションなし
doctor-media-none-advice = ここでは Windows がメディアセッションを一覧表示しないため（{ $why }）、休憩中も音楽や動画は再生され続けます。Windows 10 バージョン 1809 以降が必要です

## `sitbreak stats`

cli-stats-heading = 過去 { $days } 日間（目標：1 日 { $goal } 回の休憩）
cli-stats-day = 日付
cli-stats-taken = 実施
cli-stats-skipped = スキップ
cli-stats-natural = 自然
cli-stats-sat = 座位
cli-stats-longest = 最長
cli-stats-stood = 立位
cli-stats-changes = 姿勢変更
cli-stats-longest-sitting = 連続して座っていた最長時間：{ $time }
cli-stats-streak = 連続達成：{ $days } 日

## Sitbreak が読むファイルの問題

store-history-line-skipped = { $place }：読めない行を飛ばしました（{ $reason }）
store-builtin-problem = 組み込みカタログ：{ $problem }
store-routine-file-unreadable = { $file }：読み込めません（{ $reason }）。飛ばしました
store-routine-file-skipped = { $problem }（ファイルを飛ばしました）
