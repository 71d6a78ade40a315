# Os textos da janela (só o `sitbreak-window` lê este arquivo); o resto está em
# sitbreak.ftl. Traduzidos por máquina, ainda não revisados.

## Idioma

language-system = Igual ao sistema ({ $language })
language-unreviewed = { $language } (ainda não revisado)
language-not-spoken = { $tag } (o Sitbreak não fala este idioma; em inglês)

## Início

home-not-answering = O Sitbreak não está respondendo.
home-not-answering-hint = Inicie-o com `sitbreak` e abra esta janela de novo.
home-heading = Início
home-ring-next-break = Próxima pausa em { $time }
home-ring-until-break = até sua pausa
home-ring-now = Agora
home-ring-stand-up = hora de levantar
home-ring-soon = Em breve
home-ring-when-free = quando você estiver livre
home-ring-break = Pausa
home-ring-under-way = em andamento
home-ring-paused = Pausado
home-ring-paused-until = pausado até
home-ring-away = Ausente
home-ring-counts = conta como pausa
home-ring-off = Desligado
home-ring-off-hours = fora do horário de trabalho
home-today =
    Hoje: { $taken ->
        [one] { $taken } pausa feita
       *[other] { $taken } pausas feitas
    }, { $natural } naturais, { $skipped } puladas
home-sat-today = Tempo sentado hoje: { $time }
home-resume = Retomar
home-take-break = Fazer uma pausa agora
home-next-routine = Próxima rotina
home-pause-reminders = Pausar lembretes
home-key-break = pausa agora
home-key-posture = em pé / sentado
home-key-settings = configurações
home-key-statistics = estatísticas

## Barra e segurança

nav-home = Início
nav-settings = Configurações
nav-statistics = Estatísticas
summary-next-in = Próxima pausa em { $time }
shortcut-hint = Atalho: { $key }
safety-link = Segurança e quando parar
safety-before-you-start = Antes de começar
safety-when-to-stop = Quando parar e procurar ajuda
safety-tips = Dicas
safety-own-advice = { $note } (Conselho próprio do Sitbreak, não dos artigos.)
safety-scroll = Rolar as notas
safety-close = Fechar
safety-read-again = Você pode ler isto de novo a qualquer momento: "{ $link }" no Início e no reprodutor.

## Cartão de pausa, reprodutor, parar e fim

card-eyebrow = HORA DA PAUSA
card-keys-asleep = As teclas funcionam aqui assim que você para de digitar por um momento ou passa o ponteiro sobre esta janela
first-break-eyebrow = SUA PRIMEIRA PAUSA
first-break-title = Segurança em primeiro lugar
first-break-start = Entendi, começar
player-routine-place = { $routine } · exercício { $number } de { $count }
player-left = faltam { $time }
player-progress = Rotina: exercício { $number } de { $count }
player-ring-get-ready = prepare-se
player-ring-rep = repetição { $rep } de { $count }
player-ring-hold = sustente
player-paused = Pausado
player-get-into-position = Entre na posição
player-careful = Cuidado:
player-scroll = Rolar o exercício
player-back = Voltar
player-resume = Retomar
player-pause = Pausar
player-next = Próximo
player-hurt = Parar — está doendo
player-ring-name-get-ready = Prepare-se{ $side }: começa em { $time }
player-ring-name-rep = Repetição { $rep } de { $count }{ $side }
player-ring-name-hold = Sustente{ $side }: faltam { $time }
hurt-eyebrow = PARADO
hurt-title = Você parou "{ $stretch }"
hurt-left-out = "{ $stretch }" fica de fora das próximas rotinas.
hurt-leave-out = Deixar "{ $stretch }" de fora das próximas rotinas
hurt-end = Encerrar a pausa
hurt-continue = Seguir para o próximo exercício
end-eyebrow = PAUSA CONCLUÍDA
end-moved = Você se levantou e se mexeu por { $time }. Nenhum exercício foi concluído desta vez.
end-did = Você fez { $done } de { $total } exercícios em { $time }.
end-next = Próxima pausa em { $time }.
end-done = Pronto
cannot-play-eyebrow = NÃO É POSSÍVEL MOSTRAR ESTA ROTINA
cannot-play-title = Levante-se e mexa-se por um minuto

## O que um leitor de tela ouve

announce-break-due = Hora de levantar: { $routine }, { $time }
announce-next-stretch = o próximo exercício
announce-stretch = Exercício { $number } de { $count }: { $stretch }
announce-other-side = { $cue }: agora o outro lado
announce-other-way = { $cue }: agora no outro sentido
announce-paused = Pausado. Espaço retoma.
announce-resumed = Retomado.
announce-done = Pausa concluída. { $notes }
announce-the-stretch = o exercício
announce-stopped = { $stretch } parado. Leia abaixo o que fazer agora.
figure-showing = Figura mostrando { $stretch }

## Configurações

settings-scroll = Rolar as configurações
settings-save = Salvar alterações
settings-revert = Desfazer alterações
settings-fix-fields = Alguns campos precisam de correção antes de salvar.
settings-presets = Predefinições:
settings-preset-20-8-2 = 20-8-2 (sentado 20, em pé 8, mexer-se 2)
settings-preset-30-sit = 30 sentado, depois em pé e mexer-se
settings-hooks-intro = Comandos executados em eventos, como subir uma mesa motorizada. Eles só são definidos no arquivo de configurações, em [hooks].
settings-hook-last-failure = Última falha: { $problem }
settings-hook-nothing = nada
settings-hook-test = Testar
settings-unreadable-title = Não foi possível ler suas configurações
settings-unreadable-body = Os valores abaixo são os padrões, não os seus, então salvar está desativado. Verifique se o Sitbreak está rodando e abra as Configurações de novo.
settings-problems-title = Problemas nos seus arquivos
settings-problems-body = Cada valor abaixo foi ignorado e o padrão foi usado; corrija o arquivo ou salve aqui para substituí-lo.
settings-routines-in-rotation = Rotinas no rodízio
settings-routine = { $routine } ({ $time })
settings-routine-floor = { $routine } ({ $time } · chão)
settings-stretches = Exercícios
settings-area-lost = Nenhuma rotina alonga agora seu { $area }: você deixou de fora { $stretches }.
settings-open-a-stretch = Abra um exercício para ver seus passos e de onde ele vem.
settings-leave-out = Deixar de fora das minhas rotinas
settings-careful = Cuidado: { $caution }
settings-articles-say = O que os artigos dizem, citado do artigo (em inglês)
settings-quote = "{ $quote }" ({ $article })
settings-sitbreaks-own = O que é próprio do Sitbreak
settings-hear-chimes = Ouvir os avisos
settings-hear-cues = Ouvir os sinais
settings-hear-voice = Ouvir a voz
settings-plays-through = Toca em { $device }.
settings-desktop = Integração com a área de trabalho
settings-desktop-looking = Examinando a área de trabalho…
settings-desktop-works = Funciona
settings-desktop-missing = Falta
settings-articles-advise = Os artigos aconselham levantar pelo menos a cada 30 minutos.
settings-goal-follows = segue seu horário: { $goal } por dia
managed-locked = Definido pela sua organização
managed-default = Padrão da sua organização; você pode mudar
managed-between = Sua organização permite de { $min } a { $max }
managed-at-least = Sua organização permite pelo menos { $min }
managed-at-most = Sua organização permite no máximo { $max }
managed-bounded = Limitado pela sua organização

## Estatísticas

stats-scroll = Rolar as estatísticas
stats-breaks-today =
    { $count ->
        [one] pausa hoje
       *[other] pausas hoje
    }
stats-day-streak = dias seguidos
stats-longest-sitting = mais tempo sentado
stats-export = Exportar CSV
stats-export-hint = Grava uma linha por dia na sua pasta de dados do Sitbreak.
stats-breaks-per-day = Pausas por dia, últimos { $days } dias (meta: { $goal })
stats-taken = Feitas
stats-natural = Naturais
stats-skipped = Puladas
stats-daily-goal = meta diária
stats-goal = Meta
stats-axis-breaks = pausas
stats-axis-hours = horas
stats-chart-breaks = Gráfico: pausas por dia, últimos { $days } dias
stats-sitting-standing = Sentado e em pé por dia, últimos { $days } dias
stats-sitting = Sentado
stats-standing = Em pé
stats-chart-sitting = Gráfico: tempo sentado e em pé por dia, últimos { $days } dias
stats-same-days = Os mesmos dias estão na tabela abaixo.
stats-last-weeks = As últimas { $weeks } semanas
stats-when = Quando você faz pausas, últimas { $weeks } semanas
stats-by-hour = Pausas por hora
stats-chart-by-hour = Gráfico: pausas por hora do dia
stats-no-breaks-yet = Ainda não há pausas.
stats-busiest = A maioria das pausas, { $count }, começa entre { $from } e { $to }.
stats-describe = { $total } pausas em { $days } dias; a meta de { $goal } foi cumprida { $met } vezes. Cada dia está na tabela abaixo.
stats-table = Os números, dia a dia
stats-row = { $counted } de { $goal } pausas ({ $taken } feitas, { $natural } naturais, { $skipped } puladas), sentado { $sat }
stats-row-stood = , em pé { $stood }, { $changes } trocas de postura
calendar-name = Calendário dos últimos { $days } dias
calendar-describe = A meta de { $goal } pausas foi cumprida em { $met } de { $days } dias.
calendar-describe-best = A meta de { $goal } pausas foi cumprida em { $met } de { $days } dias; o maior número de pausas, { $best }, em { $date }.
calendar-day = { $date }: { $counted } de { $goal } pausas
calendar-day-met = { $date }: { $counted } de { $goal } pausas, meta cumprida
calendar-no-breaks = Sem pausas
calendar-goal-met = Meta cumprida

## Teclas e avisos

key-start = começar
key-snooze = adiar
key-skip = pular
key-pause = pausar
key-back = voltar
key-next = próximo
key-hurts = está doendo
key-end-break = encerrar a pausa
key-done = pronto
key-close = fechar
banner-hook-ran = O hook { $event } rodou sem problemas.
banner-hook-failed = O hook { $event } falhou: { $problem }
banner-not-saved-unreadable = Não salvo: não foi possível ler suas configurações ({ $reason })
banner-fix-fields = Corrija os campos marcados em vermelho; nada foi salvo
banner-saved = Salvo. As novas configurações valem agora.
banner-exported = Exportado para { $path }
banner-cannot-write = { $path }: não é possível gravar ({ $reason })
hint-between = { $min } a { $max }

## Configurações: nomes das chaves

setting-sit_interval = Levantar a cada
setting-break_length = Pausa mais longa
setting-warn_before = Avisar antes da pausa
setting-snooze_length = Adiar por
setting-max_snoozes = Adiamentos seguidos
setting-day_start = Um novo dia começa às
setting-daily_goal = Meta diária (pausas)
setting-allow_floor = Incluir exercícios no chão (precisa de tapete e espaço)
setting-disabled_routines = Rotinas no rodízio
setting-excluded_stretches = Exercícios deixados de fora
setting-get_ready = Contagem antes de cada exercício
setting-strict = Modo rigoroso: as pausas não podem ser puladas
setting-natural_break_idle = Ficar longe por este tempo conta como pausa
setting-card_after_pause = Mostrar o cartão de pausa quando a digitação para por
setting-card_max_delay = … mas esperar no máximo
setting-hold_for_microphone = Esperar as chamadas terminarem (microfone em uso)
setting-hold_for_camera = Esperar enquanto a câmera estiver ligada
setting-hold_for_fullscreen = Esperar as janelas em tela cheia terminarem
setting-hold_for_do_not_disturb = Esperar enquanto "Não perturbe" estiver ativado
setting-hold_for_apps = Esperar enquanto estes programas rodam
setting-hold_at_most = … mas segurar uma pausa no máximo
setting-pause_media = Pausar música e vídeos durante a pausa
setting-notifications = Mostrar notificações
setting-autostart = Iniciar o Sitbreak ao entrar
setting-language = Idioma
setting-theme = Tema
setting-text_scale = Tamanho do texto
setting-motion = Figuras
setting-announce_every = Leitor de tela: anunciar o tempo restante a cada
setting-volume = Volume (%)
setting-break_sounds = Som antes e em cada pausa
setting-player_sounds = Sinais durante os exercícios
setting-voice = Ler os exercícios em voz alta
setting-sit_stand = Sentado–em pé–mexer-se (para uma mesa de altura ajustável)
setting-sit_for = Sentado por
setting-stand_for = Depois em pé por
setting-working_hours-enabled = Lembrar só no horário de trabalho
setting-working_hours-mon = Segunda-feira
setting-working_hours-tue = Terça-feira
setting-working_hours-wed = Quarta-feira
setting-working_hours-thu = Quinta-feira
setting-working_hours-fri = Sexta-feira
setting-working_hours-sat = Sábado
setting-working_hours-sun = Domingo
setting-hooks-stand = Quando fico em pé
setting-hooks-sit = Quando me sento
setting-hooks-break_start = Quando uma pausa começa
setting-hooks-break_end = Quando uma pausa termina
setting-hooks-pause = Quando os lembretes são pausados
setting-hooks-resume = Quando os lembretes são retomados
setting-hooks-time_limit = Parar um hook depois de
group-schedule = Horário
group-routines = Rotinas
group-behaviour = Comportamento
group-appearance = Aparência
group-sound = Som
group-working-hours = Horário de trabalho
group-hooks = Hooks
choice-system = Igual ao sistema
choice-light = Claro
choice-dark = Escuro
choice-high-contrast = Alto contraste
choice-animate = Animadas
choice-still = Paradas

## Configurações: textos de ajuda

setting-sit_interval-help = Tempo sentado até uma pausa ser devida. Os artigos aconselham levantar pelo menos a cada 30 minutos.
setting-break_length-help = A rotina mais longa que o rodízio escolhe.
setting-warn_before-help = Aviso antes da pausa; "0s" para nenhum. Menor que `sit_interval`.
setting-snooze_length-help = Quanto um adiamento empurra a pausa.
setting-max_snoozes-help = Adiamentos permitidos seguidos.
setting-day_start-help = Quando "pausar até amanhã" termina e um novo dia começa nas estatísticas.
setting-daily_goal-help = Pausas por dia que contam para a sequência. `0` segue seu horário: um dia de trabalho (8 horas, ou seu horário de trabalho) dividido por `sit_interval`, ou seja, 16 nos padrões.
setting-allow_floor-help = Oferecer exercícios no chão (precisam de tapete e espaço no chão).
setting-disabled_routines-help = Rotinas nunca escolhidas.
setting-excluded_stretches-help = Exercícios deixados de fora de todas as rotinas.
setting-get_ready-help = Tempo para entrar na posição antes de o relógio de cada exercício começar, em contagem 3-2-1; "0s" começa na hora.
setting-strict-help = As pausas não podem ser puladas.
setting-natural_break_idle-help = Ficar longe do computador por este tempo (sem teclado ou mouse, com a tela bloqueada ou a máquina suspensa) conta como pausa para sua meta: tempo suficiente para que você muito provavelmente tenha se levantado. Dez minutos, porque ler cinco minutos sem tocar no mouse é comum e não é pausa. Uma chamada ou uma janela em tela cheia nunca é ausência.
setting-card_after_pause-help = O cartão de uma pausa devida espera até teclado e mouse descansarem por este tempo, para que algo digitado para outro aplicativo nunca caia nele; "0s" o mostra na hora.
setting-card_max_delay-help = O máximo que o cartão espera por esse descanso. A notificação chega na hora de qualquer forma.
setting-hold_for_microphone-help = Uma pausa devida enquanto um aplicativo grava o microfone (uma gravação do PulseAudio ou PipeWire de uma fonte que não é monitor) espera, e vem cerca de 30 s depois que a gravação termina. Ociosidade durante uma chamada não é pausa.
setting-hold_for_camera-help = Uma pausa espera enquanto um programa que não seja o servidor de som tiver uma câmera (`/dev/video*`) aberta.
setting-hold_for_fullscreen-help = Uma pausa espera enquanto a janela ativa está em tela cheia. Visto no X11 (e em janelas do Xwayland); compositores Wayland não contam isso a outros programas.
setting-hold_for_do_not_disturb-help = Uma pausa espera enquanto o "Não perturbe" da área de trabalho está ativado: `Inhibited` do servidor de notificações (KDE Plasma e outros), ou os banners de notificação do GNOME desligados.
setting-hold_for_apps-help = Nomes de programas, como o `ps` os mostra (`zoom, teams`): uma pausa espera enquanto algum deles estiver rodando. Vazio por padrão.
setting-hold_at_most-help = Por mais ocupado que você esteja, uma pausa segurada vem depois deste tempo, para que um microfone travado não segure as pausas para sempre.
setting-pause_media-help = Pausa os reprodutores de mídia que estão tocando (MPRIS) quando uma pausa começa, e retoma esses mesmos quando ela termina; um reprodutor que você tinha pausado continua pausado.
setting-notifications-help = Notificações da área de trabalho.
setting-autostart-help = Iniciar com a sessão da área de trabalho.
setting-language-help = O idioma da janela, das notificações, da bandeja e da linha de comando: uma etiqueta de idioma como "de" ou "pt-BR", ou "system" para o da área de trabalho (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG` no Linux; o idioma de exibição no Windows). O inglês substitui um idioma que o Sitbreak não fala e qualquer mensagem que falte numa tradução.
setting-theme-help = Cores da janela.
setting-text_scale-help = Tamanho do texto na janela.
setting-motion-help = "still" mostra as posições-chave de cada exercício como imagens paradas em vez de animá-las; "system" segue a configuração de movimento reduzido da área de trabalho (a chave de animações do GNOME, lida pelo portal de configurações ou pelo gsettings).
setting-announce_every-help = Durante uma sustentação, um leitor de tela ouve os segundos restantes com esta frequência; "0s" nunca. O anel do reprodutor pode ser lido a qualquer momento.
setting-volume-help = Volume de todos os sons do Sitbreak, além do volume da área de trabalho; `0` é silêncio.
setting-break_sounds-help = Um aviso suave junto com o alerta antes de uma pausa, e outro quando é hora de levantar.
setting-player_sounds-help = Durante uma rotina: a contagem 3-2-1, o início de cada exercício, cada repetição, a troca de lado, os três últimos segundos de uma sustentação e o fim. "Parar — está doendo" é silencioso.
setting-voice-help = Fala o nome, os passos e os cuidados de cada exercício, "troque de lado" (ou "troque de sentido"), "mais duas" e "pronto", pelo speech-dispatcher da área de trabalho, com suas configurações de fala.
setting-sit_stand-help = Para uma mesa de altura ajustável: depois de `sit_for` sentado, "Levante-se — suba sua mesa"; depois de `stand_for` em pé, uma pausa para se mexer (uma rotina); então "Sente-se de novo numa posição um pouco diferente". Diga "Estou em pé" ou "Estou sentado" quando quiser, e o horário acompanha você. Substitui `sit_interval` enquanto ativado. Sem ele, "Estou em pé" encerra o tempo sentado e reinicia o relógio: ficar parado em pé não é se mexer, então uma pausa para se mexer ainda vem depois de `sit_interval`.
setting-sit_for-help = Sentado–em pé–mexer-se: tempo sentado antes de "Levante-se". 20 minutos, como o 20-8-2 de Cornell (de fora dos cinco artigos).
setting-stand_for-help = Sentado–em pé–mexer-se: tempo em pé antes da pausa para se mexer; "0s" para nenhum, quando a própria pausa faz você levantar ("30 sentado, depois em pé e mexer-se").
setting-working_hours-enabled-help = Lembrar só dentro do horário de trabalho.
setting-working_hours-mon-help = Horário das segundas-feiras.
setting-working_hours-tue-help = Horário das terças-feiras.
setting-working_hours-wed-help = Horário das quartas-feiras.
setting-working_hours-thu-help = Horário das quintas-feiras.
setting-working_hours-fri-help = Horário das sextas-feiras.
setting-working_hours-sat-help = Horário dos sábados.
setting-working_hours-sun-help = Horário dos domingos.
setting-hooks-stand-help = Executado quando você diz que está em pé (para subir uma mesa motorizada, por exemplo).
setting-hooks-sit-help = Executado quando você diz que está sentado.
setting-hooks-break_start-help = Executado quando uma pausa começa (para definir um status no chat, por exemplo).
setting-hooks-break_end-help = Executado quando uma pausa termina, feita, abandonada ou pulada.
setting-hooks-pause-help = Executado quando os lembretes são pausados.
setting-hooks-resume-help = Executado quando os lembretes são retomados.
setting-hooks-time_limit-help = Um hook que ainda estiver rodando depois deste tempo é parado e relatado.
