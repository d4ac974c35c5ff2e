# Consent before screening, and follow-up on a need.

consent-title = Antes de começar
consent-screening = Eu gostaria de fazer algumas perguntas sobre a sua saúde e a sua vida. Você pode pular qualquer pergunta. Tudo bem?
consent-share-for-referral = Se encontrarmos algo em que você precise de ajuda, podemos compartilhar essa informação com uma organização comunitária que possa ajudar?

follow-up-title = Acompanhamento
follow-up-status = O que aconteceu com esta necessidade?
follow-up-status-open = Aberta
follow-up-status-resource-given = Recurso fornecido
follow-up-status-referred = Encaminhamento feito
follow-up-status-declined-help = O membro recusou ajuda
follow-up-status-already-getting-help = Já recebe ajuda
follow-up-status-resolved = Resolvida
follow-up-organization = Para qual organização o membro foi encaminhado?
follow-up-note = Observação
