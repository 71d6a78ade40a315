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

## Configurações: nomes das chaves (textos de ajuda ainda em inglês)

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
