# Messages shared by every instrument and screen.
# Answer options are tied to codes in the instrument files; these texts only say them.

common-yes-no-yes = Sim
common-yes-no-no = Não

answer-asked-declined = Prefiro não responder
answer-asked-unknown = Não sei
answer-not-asked = Não foi perguntado
hint-choose-all = Marque todas as opções que se aplicam.

# Domains a screening can find a need in, and what a positive screen means, in plain words.
domain-housing-instability = Moradia
domain-housing-instability-explain = O membro pode perder a moradia, ou não tem um lugar estável para morar.
domain-housing-quality = Condições da moradia
domain-housing-quality-explain = Há problemas na moradia do membro que podem prejudicar a saúde.
domain-food = Alimentação
domain-food-explain = Nos últimos 12 meses, o membro teve a preocupação de ficar sem comida, ou a comida acabou.
domain-transportation = Transporte
domain-transportation-explain = A falta de transporte impediu o membro de receber atendimento, ir ao trabalho ou conseguir coisas de que precisa.
domain-utilities = Serviços da casa (luz, gás, água)
domain-utilities-explain = A companhia de luz, gás, óleo de aquecimento ou água ameaçou cortar o serviço, ou já cortou.
domain-interpersonal-safety = Segurança
domain-interpersonal-safety-explain = Alguém pode estar machucando, ameaçando ou ofendendo o membro.
domain-financial-strain = Dinheiro para o básico
domain-financial-strain-explain = É difícil pagar comida, moradia, atendimento médico ou aquecimento.
domain-employment = Trabalho
domain-employment-explain = O membro quer ajuda para encontrar ou manter um trabalho.
domain-family-community-support = Apoio de outras pessoas
domain-family-community-support-explain = O membro precisa de mais ajuda com as atividades do dia a dia, ou sente solidão com frequência.
domain-education = Estudos e capacitação
domain-education-explain = O membro quer ajuda com os estudos ou com um curso profissionalizante.
domain-physical-activity = Atividade física
domain-physical-activity-explain = O membro faz menos de 150 minutos de exercício por semana.
domain-substance-use = Álcool, tabaco e drogas
domain-substance-use-explain = O membro informou um consumo sobre o qual pode valer a pena conversar.
domain-mental-health = Saúde mental
domain-mental-health-explain = O membro tem se sentido para baixo, perdeu o interesse pelas coisas ou sente muito estresse.
domain-disabilities = Deficiências
domain-disabilities-explain = O membro tem grande dificuldade para se concentrar ou para resolver coisas fora de casa sem companhia.
domain-digital-access = Internet e aparelhos
domain-digital-access-explain = O membro não tem internet confiável ou um aparelho para consultas por vídeo.
domain-digital-literacy = Familiaridade com tecnologia
domain-digital-literacy-explain = O membro não se sente seguro com consultas por vídeo e não tem ninguém para ajudar.

outcome-positive = Necessidade encontrada
outcome-negative = Nenhuma necessidade encontrada
outcome-not-scored = Sem pontuação: faltam algumas respostas

flag-homelessness = O membro não tem um lugar estável para morar (sem moradia).
safety-discreet-prompt = Antes de falar sobre isso, verifique se o membro está sozinho e se é seguro conversar.

translation-status-reference = Texto de referência
translation-status-draft = Tradução provisória: confira o texto com um intérprete
translation-status-reviewed = Revisado por { $reviewer } em { $date }

role-chw = agente comunitário de saúde
role-navigator = navegador de telessaúde
role-supervisor = supervisor

permission-find-members = procurar membros
permission-view-member = ver os dados de um membro
permission-edit-member = adicionar ou alterar os dados de um membro
permission-record-response = registrar uma triagem
permission-record-follow-up = registrar um acompanhamento
permission-retract-any-response = marcar a triagem de outra pessoa como registrada por engano
permission-manage-users = gerenciar usuários
permission-backup = fazer um backup
permission-restore = restaurar um backup
permission-verify-store = verificar o repositório de dados
permission-review-team = revisar o trabalho da equipe
permission-import-members = importar membros ou dados de demonstração
permission-sync = sincronizar com o servidor central
