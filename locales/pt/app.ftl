# Portuguese (pt, Brazilian usage) draft of app.ftl; "você" throughout; to be checked with an interpreter.
# The desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these; members read only the
# printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Continuar
app-cancel = Cancelar
app-save = Salvar
app-none = Nenhum.
app-show = Mostrar
app-lock = Bloquear
app-locked-notice = A tela foi bloqueada. Entre na sua conta para continuar.
app-nav-label = Menu principal
app-nav-members = Membros
app-nav-supervisor = Supervisão
app-nav-settings = Configurações
app-nav-sync = Sincronização
app-for-staff = Para a equipe:
app-fallback-english = (ainda não traduzido: mostrado em inglês)
app-translation-status-missing = Ainda não traduzido: as perguntas aparecem em inglês

## First run and sign-in
app-setup-title = Configurar o Equity Intake
app-setup-explain = Crie o repositório de dados deste centro de saúde e a conta do seu primeiro supervisor. Tudo fica guardado de forma criptografada neste computador.
app-setup-submit = Criar o repositório de dados
app-recovery-title = Sua chave de recuperação
app-recovery-explain = Se todos os supervisores esquecerem o PIN, esta chave é a única forma de voltar a entrar no repositório de dados. Anote-a e guarde-a trancada em um lugar seguro, longe deste computador. Ela é mostrada uma única vez.
app-recovery-confirm = Anotei a chave de recuperação e a guardei em um lugar seguro.
app-sign-in-title = Entrar
app-sign-in-submit = Entrar
app-pin-hint = Pelo menos 6 caracteres. Não o compartilhe com ninguém.
app-field-site = Nome do centro de saúde
app-field-username = Nome de usuário
app-field-name = Nome completo
app-field-pin = PIN
app-field-pin-again = Repita o PIN
app-field-role = Função
app-field-staff-language = Idioma das telas

## Members
app-members-title = Membros
app-members-search = Buscar por nome, número do MassHealth, número do prontuário ou data de nascimento
app-members-recent = Membros que você atendeu recentemente
app-members-none-yet = Nenhum membro recente. Faça uma busca acima ou adicione um membro.
app-members-found = { $count ->
    [one] { $count } membro encontrado
    [many] { $count } de membros encontrados
   *[other] { $count } membros encontrados
}
app-members-too-many = Foram encontrados mais de { $count } membros: digite mais letras do nome.
app-members-add = Adicionar um membro
app-members-save = Salvar o membro
app-duplicates-found = Estes membros parecem ser a mesma pessoa. Abra um deles, ou adicione um novo membro se for outra pessoa.
app-duplicates-add-anyway = É outra pessoa: adicionar um novo membro
app-dob = Data de nascimento
app-masshealth-id = Número do MassHealth
app-mrn = Número do prontuário
app-field-given-name = Nome
app-field-family-name = Sobrenome
app-field-date-of-birth = Data de nascimento
app-field-masshealth-id = Número do MassHealth (opcional)
app-field-mrn = Número do prontuário médico (opcional)

## Member profile
app-demographics-title = O que o membro nos contou sobre si
app-topic = Tema
app-state = Situação
app-answer = Resposta
app-asked-on = Perguntado em
app-proxy = respondido por outra pessoa
app-topic-race-ethnicity = Raça e etnia
app-topic-language = Idioma
app-topic-disability = Deficiência
app-topic-sexual-orientation = Orientação sexual
app-topic-gender-identity = Identidade de gênero
app-topic-sex-at-birth = Sexo atribuído ao nascer
app-topic-pronouns = Pronomes
app-state-answered = Respondeu
app-state-declined = Preferiu não responder
app-state-unknown = Não sabia
app-state-never-asked = Nunca foi perguntado
app-state-stale = Com mais de um ano
app-history-title = Triagens
app-history-none = Ainda não há triagens.
app-drafts-title = Triagens não concluídas
app-resume = Retomar
app-needs-title = Necessidades
app-needs-none = Nenhuma necessidade encontrada até agora.
app-need-discreet = Uma necessidade delicada
app-opened-on = Encontrada em
app-follow-up-add = Registrar um acompanhamento

## Starting a screening
app-start-title = Iniciar uma triagem
app-start-submit = Iniciar
app-field-instruments = Questionários
app-field-member-language = Idioma do membro
app-field-mode = Forma de atendimento
app-mode-in-person = Presencial
app-mode-phone = Por telefone
app-mode-video = Por vídeo
app-field-interpreter = Um intérprete está ajudando
app-field-respondent = Quem responde
app-respondent-self = O próprio membro
app-respondent-proxy = Outra pessoa em nome do membro (pai ou mãe, um cuidador)
app-field-relationship = Relação dessa pessoa com o membro
app-field-consent = O membro concorda

## Screening
app-screening-for = Triagem de
app-question-position = Pergunta { $n } de { $total }
app-progress = { $answered } de { $total } respondidas
app-steps-label = Perguntas
app-back = Voltar
app-next = Próxima
app-finish = Concluir e salvar
app-save-close = Fechar (as respostas ficam salvas)
app-discard = Descartar esta triagem
app-discard-confirm = Descartar todas as respostas desta triagem? Não será possível desfazer.

## Results
app-results-title = Resultados
app-results-none = Não há resultados para mostrar.
app-safe-to-talk = O membro está sozinho e é seguro conversar
app-to-profile = Voltar aos dados do membro
app-summary-print = Resumo para o membro
app-summary-open = Abrir o resumo
app-print = Imprimir ou salvar como PDF

## The printed summary, in the member's language
app-summary-title = Resumo da sua triagem
app-summary-intro = Obrigado por responder às nossas perguntas. Aqui está o que conversamos e o que vai acontecer agora.
app-summary-none = Hoje você não nos contou sobre nenhuma necessidade. Você pode falar conosco quando quiser.
app-summary-footer = Suas respostas são confidenciais. Elas ajudam o seu centro de saúde e o MassHealth a cuidar melhor de você. Se tiver dúvidas, ligue para o seu centro de saúde.
app-summary-explain-housing-instability = Talvez você precise de ajuda para continuar na sua casa ou para encontrar um lugar para morar.
app-summary-explain-housing-quality = Talvez haja problemas na sua casa que podem prejudicar a sua saúde.
app-summary-explain-food = Talvez você precise de ajuda para ter comida suficiente.
app-summary-explain-transportation = Talvez você precise de ajuda com transporte para ir ao médico, ao trabalho ou resolver coisas fora de casa.
app-summary-explain-utilities = Talvez você precise de ajuda para pagar as contas de luz, gás, óleo de aquecimento ou água.
app-summary-explain-interpersonal-safety = Podemos conversar sobre a sua segurança sempre que você quiser.
app-summary-explain-financial-strain = Talvez você precise de ajuda para pagar as coisas básicas do dia a dia.
app-summary-explain-employment = Talvez você queira ajuda para encontrar ou manter um trabalho.
app-summary-explain-family-community-support = Talvez você queira mais ajuda em casa ou passar mais tempo com outras pessoas.
app-summary-explain-education = Talvez você queira ajuda com os estudos ou com um curso profissionalizante.
app-summary-explain-physical-activity = Mexer mais o corpo pode fazer bem para a sua saúde.
app-summary-explain-substance-use = Podemos conversar sobre álcool, tabaco ou drogas sempre que você quiser.
app-summary-explain-mental-health = Talvez você queira alguém com quem conversar sobre como você se sente.
app-summary-explain-disabilities = Talvez você queira ajuda com as tarefas do dia a dia.
app-summary-explain-digital-access = Talvez você precise de ajuda para ter internet ou um aparelho para consultas por vídeo.
app-summary-explain-digital-literacy = Talvez você queira ajuda para aprender a fazer consultas por vídeo.

## Supervisor
app-supervisor-title = Hoje
app-team-work = Trabalho de cada profissional da equipe
app-staff = Profissional da equipe
app-screenings = Triagens
app-members-screened = Membros
app-needs-opened = Necessidades encontradas
app-incomplete-title = Triagens não concluídas
app-unfollowed-title = Necessidades sem acompanhamento
app-users-title = Usuários
app-add-user = Adicionar um usuário
app-reset-pin = Redefinir o PIN
app-deactivate = Desativar
app-inactive = desativado
app-site-settings = Configurações da unidade
app-setting-idle-lock-seconds = Bloquear a tela após este número de segundos sem uso
app-setting-sogi-min-age = Idade mínima para perguntar sobre orientação sexual e identidade de gênero

## Settings
app-text-size = Tamanho do texto
app-about = Sobre
app-language = Idioma
app-translation-status = Tradução

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = A tela está bloqueada. Entre novamente na sua conta: nada foi perdido.
app-error-pin-mismatch = Os dois PINs não são iguais.
app-error-preferences = Não foi possível salvar esta configuração neste computador.
app-error-date-of-birth = Digite a data de nascimento completa.
app-error-member-name = Digite um nome ou um sobrenome.
app-error-member-date-of-birth = A data de nascimento não pode ser no futuro.
app-error-member-masshealth-id = O número do MassHealth tem apenas letras e números.
app-error-member-language = Escolha o idioma do membro.
app-error-mode = Escolha como a triagem é feita.
app-error-respondent = Escolha quem responde.
app-error-proxy-relationship = Informe quem está respondendo em nome do membro.
app-error-consent = O membro precisa concordar antes que qualquer pergunta seja feita.
app-error-instruments = Escolha pelo menos um questionário.
app-error-answer = Esta resposta não corresponde à pergunta. Escolha de novo.
app-error-answer-exclusive = Esta resposta não pode ser escolhida junto com as outras.
app-error-answer-range = Este número está fora do intervalo que a pergunta permite.
app-error-required-unanswered = Esta pergunta precisa de uma resposta, ou de “Prefiro não responder”, antes de você concluir.
app-error-follow-up-status = Escolha o que aconteceu com esta necessidade.
app-error-role = Escolha uma função.
app-error-setting = Este valor está fora do intervalo permitido.

# A tela de sincronização do supervisor.
app-sync-title = Sincronizar com o servidor central da ACO
app-sync-not-enrolled = Este aparelho ainda não está vinculado a um servidor central. Digite o endereço do servidor central e o código de uso único que a ACO deu a você.
app-sync-hub-url = Endereço do servidor central
app-sync-code = Código de vinculação
app-sync-enroll = Vincular este aparelho
app-sync-enrolled = Vinculado a { $url } para { $site }.
app-sync-unsent = { $count ->
    [one] { $count } registro aguardando envio.
    [many] { $count } de registros aguardando envio.
   *[other] { $count } registros aguardando envio.
}
app-sync-all-sent = Tudo já chegou ao servidor central.
app-sync-now = Sincronizar agora
app-sync-sending = Enviando: { $sent } de { $total } registros
app-sync-finished = { $records ->
    [one] Pronto: { $records } registro enviado e confirmado pelo servidor central.
    [many] Pronto: { $records } de registros enviados e confirmados pelo servidor central.
   *[other] Pronto: { $records } registros enviados e confirmados pelo servidor central.
}
app-sync-history = Sincronizações recentes
app-sync-started = Início
app-sync-by = Feita por
app-sync-records = Registros
app-sync-receipts = Comprovantes assinados
app-sync-result = Resultado
app-sync-ok = Concluída
app-sync-receipt = { $count ->
    [one] Lote { $sequence }: { $count } registro
    [many] Lote { $sequence }: { $count } de registros
   *[other] Lote { $sequence }: { $count } registros
}
