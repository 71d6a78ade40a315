# Os textos do Sitbreak em português do Brasil. Traduzidos por máquina e ainda
# não revisados por falantes nativos: correções são bem-vindas. Durações como
# "30m", nomes de aplicativos, caminhos e chaves de configuração entram como
# estão.

## O que segura uma pausa

busy-microphone = microfone em uso por { $app }
busy-camera = câmera em uso por { $app }
busy-full-screen-titled = uma janela em tela cheia ({ $title })
busy-full-screen = uma janela em tela cheia
busy-do-not-disturb = "Não perturbe" está ativado
busy-running = { $app } está em execução
busy-just-ended = algo que acabou de terminar (a pausa vem logo)

## O estado em uma linha

summary-held = Pausa esperando: { $reason }
summary-standing = Em pé: sem pausa enquanto você estiver em pé
summary-next-in-seconds = Próxima pausa em { $seconds } s
summary-next-in-minutes = Próxima pausa em { $minutes } min
summary-sitting = Sentado
summary-break-due = Hora de levantar
summary-held-plain = Pausa esperando até você estar livre
summary-on-break = Em pausa
summary-paused-until = Lembretes pausados até { $time }
summary-paused = Lembretes pausados
summary-away = Longe da mesa: isso conta como pausa
summary-off-hours = Fora do horário de trabalho
tooltip-next-at = Próxima pausa às { $time }

## Por que algo pedido não foi feito

refusal-strict = o modo rigoroso está ativado, então as pausas não podem ser puladas
refusal-nothing-to-skip = nenhuma pausa está pendente ou em andamento, então não há nada para pular
refusal-nothing-to-snooze = nenhuma pausa está pendente, então não há nada para adiar
refusal-no-snoozes-left = não há mais adiamentos para esta pausa: faça-a ou pule-a
refusal-already-on-break = uma pausa já está em andamento
refusal-not-on-break = nenhuma pausa está em andamento
refusal-not-paused = os lembretes não estão pausados
refusal-pause-out-of-range = uma pausa dos lembretes deve ser maior que zero e de no máximo 24 horas
refusal-no-such-routine = não existe a rotina "{ $id }"
refusal-nothing-to-play = todos os exercícios de "{ $routine }" estão excluídos ou são no chão
refusal-no-such-stretch = não existe o exercício "{ $id }"
refusal-invalid-settings = não salvo: { $problems }
refusal-hooks-only-in-file = não salvo: hooks executam comandos, então só o arquivo de configurações ({ $file }) pode mudá-los
refusal-no-such-hook-event = não existe o evento de hook "{ $event }"
refusal-no-hook-command = nenhum comando para "{ $event }" em { $file }
refusal-socket-only = um hook é testado, e a área de trabalho examinada, pela janela de Configurações ou pelo socket

## Um problema com uma configuração, e o que foi feito

problem-unreadable = não foi possível ler ({ $reason }); usando os valores padrão
problem-not-toml = TOML inválido ({ $reason }); usando os valores padrão
problem-wrong-type = deve ser { $expected }, não { $found }
expected-whole-number = um número inteiro
expected-true-or-false = true ou false
expected-program-names = uma lista de nomes de programas
expected-command = uma lista com o programa e seus argumentos, como ["deskctl", "up"]
expected-ids = uma lista de identificadores de { $noun }
expected-number = um número como 1.25
expected-quoted-string = um texto entre aspas
expected-registry-value = um número (REG_DWORD) ou um texto (REG_SZ)
expected-registry-text = um texto (REG_SZ)
problem-not-a-table = deve ser uma tabela: [{ $name }]
problem-out-of-range = { $value } está fora do intervalo
problem-out-of-range-between = { $value } está fora do intervalo ({ $min } a { $max })
problem-not-a-duration = "{ $text }" não é uma duração como "30m" ou "45s"
problem-not-a-time = "{ $text }" não é um horário como "09:00"
problem-not-hours = "{ $text }" não é um intervalo como "09:00-17:00" (ou "off")
problem-start-not-before-end = "{ $text }": o início deve ser antes do fim
problem-not-one-of = "{ $text }" não é um de { $options }
problem-empty-program = o programa (o primeiro item) está vazio
problem-newer-version = { $found } é mais novo do que este Sitbreak entende ({ $understood }); chaves desconhecidas são ignoradas
problem-bad-version = deve ser um número inteiro como 1
problem-unknown-key = chave desconhecida (ignorada)
problem-unknown-key-in-table = chave desconhecida (ignorada); esta tabela tem { $known }
problem-warning-not-before-break = { $warn_before } deve ser menor que sit_interval ({ $sit_interval })
problem-every-day-off = ativado, mas todos os dias estão desligados, então nenhum lembrete viria
problem-safe-value-used = { $problem }; usando um valor seguro no lugar
problem-not-read-this-way = não pode ser lido assim
problem-locked = definido pela sua organização: vale { $applies }, não { $yours }
problem-out-of-bounds = { $yours } está fora do que sua organização permite ({ $allowed }); vale { $applies }
bound-between = { $min } a { $max }
bound-at-least = pelo menos { $min }
bound-at-most = no máximo { $max }
bound-none = sem limite
problem-not-in-policy = hooks executam comandos na área de trabalho da pessoa, então uma política não pode defini-los
problem-no-bounds = só durações e números podem ter limites
problem-bad-bounds = limites se escrevem {"{"} min = …, max = … {"}"}, com min não maior que max
problem-bound-not-named = um limite é um valor chamado <configuração>.min ou <configuração>.max
problem-not-a-language = "{ $text }" não é uma etiqueta de idioma como "de" ou "pt-BR" (ou "system")

## Por que um hook falhou

hook-could-not-start = { $program } não pôde iniciar ({ $reason })
hook-exited = { $program } terminou com o código { $code }
hook-killed = { $program } foi encerrado por um sinal
hook-timed-out = { $program } foi parado depois de rodar mais de { $limit }

## A política de uma organização

policy-source = Definido pela sua organização, em { $source }:
policy-locked = travado em { $value }
policy-default = { $value } por padrão, você pode mudar
policy-between = de { $min } a { $max }
policy-at-least = pelo menos { $min }
policy-at-most = no máximo { $max }
policy-set = definido
policy-not-applied = não aplicado: { $problem }
no-policy-unix = Nenhuma política de uma organização (procurada em $XDG_CONFIG_DIRS, /etc/xdg por padrão).
no-policy-windows = Nenhuma política de uma organização (procurada em HKLM\SOFTWARE\Policies\Sitbreak e HKCU\SOFTWARE\Policies\Sitbreak).

## Notificações

warning-in-seconds =
    Pausa para levantar em { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }
warning-in-minutes =
    Pausa para levantar em { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
warning-next-up = A seguir: { $routine }. Termine seu raciocínio.
warning-body = Termine seu raciocínio.
held-title = Pausa depois disto
held-body = { $reason }: a pausa vem logo depois.
break-due-title = Hora de levantar
break-due-routine-length = { $routine } · { $length }
break-due-body = Levante-se e mexa-se por um minuto.
refused-title = O Sitbreak não conseguiu fazer isso

## O menu da bandeja

tray-take-break = Fazer uma pausa agora
tray-snooze = Adiar
tray-skip = Pular esta pausa
tray-sitting = Estou sentado
tray-standing = Estou em pé
tray-pause = Pausar
tray-pause-minutes = { $minutes } minutos
tray-pause-hours =
    { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }
tray-pause-until-tomorrow = Até amanhã
tray-resume = Retomar
tray-open = Abrir o Sitbreak
tray-settings = Configurações
tray-statistics = Estatísticas
tray-quit = Sair

## Sentado–em pé

prompt-stand-up-title = Levante-se — suba sua mesa
prompt-stand-up-body = Você está sentado há { $sat }. Fique em pé por { $stand } e depois faça uma breve pausa para se mexer.
prompt-sit-down-title = Sente-se de novo numa posição um pouco diferente
prompt-sit-down-body = Não exatamente como antes: mude o jeito de sentar.

## Botões das notificações

button-open = Abrir
button-start = Começar
button-snooze = Adiar { $minutes } min
button-skip = Pular
button-standing = Estou em pé
button-not-now = Agora não
button-sitting = Estou sentado
button-keep-standing = Continuar em pé

## Durações, mostradas e faladas

span-seconds = { $seconds } s
span-minutes-seconds = { $minutes } min { $seconds } s
span-minutes = { $minutes } min
span-hours-minutes = { $hours } h { $minutes } min
spoken-seconds =
    { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }
spoken-about-minutes =
    { $minutes ->
        [one] cerca de { $minutes } minuto
       *[other] cerca de { $minutes } minutos
    }
posture-sitting = Sentado
posture-standing = Em pé

## Datas

date-day-month = { $day } de { $month }
date-weekday-day-month = { $weekday }, { $day } de { $month }
weekday-mon = seg
weekday-tue = ter
weekday-wed = qua
weekday-thu = qui
weekday-fri = sex
weekday-sat = sáb
weekday-sun = dom
month-short =
    { $month ->
        [1] jan
        [2] fev
        [3] mar
        [4] abr
        [5] mai
        [6] jun
        [7] jul
        [8] ago
        [9] set
        [10] out
        [11] nov
       *[12] dez
    }

## A linha de comando

cli-not-running = O Sitbreak não está rodando (inicie com `sitbreak`)
cli-refused = recusado: { $reason }
cli-stopped = Sitbreak parado.
cli-asked-to-stand = { $line } (pediu-se para levantar)
cli-asked-to-sit = { $line } (pediu-se para sentar de novo)
cli-hook-failed = Um hook falhou: { $problem }
cli-next-routine = Próxima rotina: { $routine } ({ $time }) para { $areas }
cli-today = Hoje: { $taken } feitas, { $skipped } puladas, { $natural } naturais, { $sat } sentado
cli-doctor-no-daemon = O Sitbreak não está rodando; isto é o que ele encontraria aqui.

## Linha de comando e janela

home-under-a-minute = menos de um minuto
home-posture-for = { $posture } há { $time }
settings-desktop-session = Sessão: { $session }
hint-hours = 09:00-17:00 ou off
hint-names = zoom, teams

## Os exercícios: o que trabalham, onde são feitos, suas trocas

list-separator = {", "}
area-lower-back = lombar
area-piriformis = piriforme
area-glutes = glúteos
area-hamstrings = posteriores da coxa
area-hip-flexors = flexores do quadril
area-calves = panturrilhas
area-core = core
area-abdomen = abdômen
area-hips = quadris
group-piriformis-glutes = piriforme e glúteos
position-standing = em pé
position-seated = sentado
position-floor = no chão
kind-stretch = alongamento
kind-strength = fortalecimento
kind-movement = movimento
stretch-facts = { $areas } · { $position }
stretch-facts-kind = { $areas } · { $position } · { $kind }
turn-sides = Troque de lado
turn-direction = Troque de sentido
turn-sides-first = primeiro lado
turn-sides-other = outro lado
turn-direction-first = num sentido
turn-direction-other = no outro sentido
caution-seated = Use uma cadeira firme: uma com rodinhas ou giratória pode se mexer embaixo de você, então trave as rodinhas ou apoie bem um pé.
our-adaptation = Os artigos dizem que tipos de alongamentos e exercícios ajudam e por quê; para alguns exercícios daqui (elevação de panturrilha, contração dos glúteos, ativação do core, círculos de quadril) eles só nomeiam o tipo. Como fazer cada um (os passos, o tempo de sustentação, as repetições e os cuidados) é uma adaptação própria do Sitbreak para a mesa, não dos artigos.

## O que a voz diz durante uma rotina

speech-first = { $name }.
speech-next = A seguir: { $name }.
speech-turn = { $cue }.
speech-two-more = Mais duas.
speech-finished = Pronto. Muito bem.

## `sitbreak routines`

cli-routines = Rotinas
cli-stretches = Exercícios
cli-floor = (chão)

## O que `sitbreak doctor` e as Configurações encontram na área de trabalho

part-tray = Ícone da bandeja
part-notifications = Notificações
part-idle = Tempo ocioso
part-suspend = Suspensão e bloqueio
part-sound = Som
part-voice = Voz
part-media = Pausa de mídia
doctor-no-display = sem tela
doctor-tray-gnome = O GNOME não mostra ícones de bandeja sem a extensão AppIndicator (gnome-shell-extension-appindicator); as pausas ainda chegam como notificações e janelas
doctor-tray-no-host-advice = esta área de trabalho não tem bandeja (host StatusNotifierItem); as pausas ainda chegam como notificações e janelas, e `sitbreak` abre a janela
doctor-tray-shown = visível (StatusNotifierItem)
doctor-tray-host-running = uma bandeja está rodando (StatusNotifierItem)
doctor-tray-not-registered = uma bandeja está rodando, mas o ícone ainda não foi registrado
doctor-tray-not-registered-advice = ele se registra de novo quando a bandeja reinicia; veja as mensagens do serviço
doctor-tray-watcher-no-host = um observador está rodando, mas nenhum host mostra seus ícones
doctor-tray-no-host = sem bandeja
doctor-tray-no-session-bus = sem barramento de sessão, então sem bandeja
doctor-notifications-none = sem servidor de notificações
doctor-notifications-none-advice = as pausas ainda abrem sua janela, mas nada avisa antes; instale um servidor de notificações (mako, dunst ou o da sua área de trabalho)
doctor-notifications-buttons = { $server } { $version }, com botões (Começar, Adiar, Pular)
doctor-notifications-no-buttons = { $server } { $version }, sem botões
doctor-notifications-no-buttons-advice = este servidor não mostra botões: comece, adie ou pule pela janela da pausa ou pela bandeja
doctor-sound-none = sem servidor de som
doctor-sound-none-advice = { $why }. Pausas e exercícios ainda aparecem na tela e nas notificações, sem sinais sonoros
doctor-sound-pulse-compatible = um servidor compatível com PulseAudio
doctor-voice-none = sem speech-dispatcher
doctor-voice-running = speech-dispatcher, rodando ({ $socket })
doctor-voice-on-demand = speech-dispatcher, iniciado quando necessário ({ $program })
doctor-voice-not-installed = O speech-dispatcher não está instalado, então a voz não pode falar; os sinais sonoros continuam guiando você. Para ouvir os exercícios, instale o speech-dispatcher e uma voz (no Debian e Ubuntu: speech-dispatcher espeak-ng).
doctor-idle-x11 = a extensão de proteção de tela do servidor X
doctor-idle-none = sem fonte de tempo ocioso
doctor-idle-none-advice = o tempo longe da mesa não é percebido, então não há pausas naturais e o cartão de pausa aparece sem esperar uma pausa na digitação; o Sitbreak lê o tempo ocioso de ext-idle-notify-v1 ou org_kde_kwin_idle (Wayland), Mutter do GNOME, org.freedesktop.ScreenSaver ou o servidor X
doctor-suspend-logind = logind: uma retomada é vista na hora; uma tela bloqueada conta como ociosa
doctor-suspend-no-logind = sem logind no barramento do sistema
doctor-suspend-no-logind-advice = uma suspensão ainda é percebida pelos relógios, no minuto seguinte ao despertar
doctor-suspend-windows = notificações de sessão e avisos de energia
doctor-tray-notification-area = a área de notificação (Shell_NotifyIcon)
doctor-tray-not-in-area = ainda não está na área de notificação
doctor-tray-not-in-area-advice = a barra de tarefas do Explorer não está rodando; o ícone volta quando ela iniciar, e enquanto isso `sitbreak` abre a janela
doctor-toasts = notificações do sistema, com Começar, Adiar e Pular nas de pausa
doctor-toasts-no-icon = sem notificações do sistema e sem ícone para mostrar balões
doctor-toasts-no-icon-advice = sem notificações do sistema ({ $why }) e sem balões sem o ícone; as pausas ainda abrem o cartão de pausa
doctor-balloons = balões
doctor-balloons-advice = sem notificações do sistema ({ $why }), então balões a partir do ícone da área de notificação; eles não têm botões Começar, Adiar ou Pular, então um clique abre o cartão de pausa, e o menu do ícone tem o resto
doctor-idle-no-answer = GetLastInputInfo não respondeu
doctor-idle-no-answer-advice = o tempo longe da mesa não é percebido, então não há pausas naturais
doctor-sound-windows = áudio do Windows (a saída padrão)
doctor-sound-no-output = sem saída
doctor-voice-no-voice = sem voz
doctor-sapi = fala do Windows (SAPI)
doctor-sapi-voice = fala do Windows (SAPI), { $voice }
doctor-sapi-not-implemented = A fala do Windows não pode falar aqui (o Speak da SAPI não está implementado, como no Wine); os sinais sonoros continuam guiando você
doctor-sapi-failed = Fala do Windows: { $why }; adicione uma voz nas configurações do Windows (Hora e idioma, Fala); os sinais sonoros continuam guiando você
doctor-sapi-no-voice = A fala do Windows não tem voz ({ $why }); adicione uma voz nas configurações do Windows (Hora e idioma, Fala); os sinais sonoros continuam guiando você
doctor-media-sessions = as sessões de mídia que o Windows lista
doctor-media-none = sem sessões de mídia
doctor-media-none-advice = O Windows não lista sessões de mídia aqui ({ $why }), então música e vídeos continuam durante uma pausa; é preciso o Windows 10 versão 1809 ou mais recente

## `sitbreak stats`

cli-stats-heading = Últimos { $days } dias (meta: { $goal } { $goal ->
        [one] pausa
       *[other] pausas
    } por dia)
cli-stats-day = dia
cli-stats-taken = feitas
cli-stats-skipped = puladas
cli-stats-natural = naturais
cli-stats-sat = sentado
cli-stats-longest = mais longo
cli-stats-stood = em pé
cli-stats-changes = trocas
cli-stats-longest-sitting = Mais tempo sentado sem pausa: { $time }
cli-stats-streak = Sequência: { $days } { $days ->
        [one] dia
       *[other] dias
    } cumprindo a meta

## Problemas nos arquivos que o Sitbreak lê

store-history-line-skipped = { $place }: uma linha ilegível foi pulada ({ $reason })
store-builtin-problem = catálogo embutido: { $problem }
store-routine-file-unreadable = { $file }: não foi possível ler ({ $reason }); pulado
store-routine-file-skipped = { $problem } (arquivo pulado)
