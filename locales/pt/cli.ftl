# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake: erro: { $message }
cli-internal-error = intake: erro interno; nada mais foi salvo. Por favor, informe este problema.
cli-store-created = Repositório criado em { $dir } para { $site }.
cli-recovery-key-intro = Chave de recuperação (mostrada uma única vez; anote-a e guarde-a trancada em lugar seguro):
cli-demo-saved = salvo n.º { $number }: membro { $member }, resposta { $response }
cli-demo-added = { $count ->
    [one] Foi adicionado { $count } membro sintético com triagens.
    [many] Foram adicionados { $count } de membros sintéticos com triagens.
   *[other] Foram adicionados { $count } membros sintéticos com triagens.
}
cli-found = { $count ->
    [one] { $count } membro encontrado
    [many] { $count } de membros encontrados
   *[other] { $count } membros encontrados
}
cli-duplicates = { $count ->
    [one] { $count } membro existente parece ser a mesma pessoa (listado acima); use --force para adicionar mesmo assim
    [many] { $count } de membros existentes parecem ser a mesma pessoa (listados acima); use --force para adicionar mesmo assim
   *[other] { $count } membros existentes parecem ser a mesma pessoa (listados acima); use --force para adicionar mesmo assim
}
cli-verify-ok = ok: as páginas e a verificação de integridade estão corretas; cadeia de auditoria de { $entries } registros intacta; { $members } membros, { $responses } respostas
cli-backup-written = Backup criptografado gravado em { $file } ({ $bytes } bytes).
cli-restored = Foram restaurados { $members } membros e { $responses } respostas a partir de { $file }.
cli-new-pin = { $user } tem um novo PIN.
cli-user-added = Usuário { $user } adicionado ({ $role }).
cli-user-deactivated = A conta de { $user } foi desativada.
cli-outbox = pendentes: { $pending }
    entregues: { $delivered }
cli-response-line = resposta { $id } { $date } { $instrument } em { $locale } por { $collector }: { $answers } perguntas respondidas{ $state }
cli-response-retracted = { " " }(registrada por engano)
cli-response-corrected = { " " }(corrigida)
cli-need-line = necessidade { $id } { $domain }: { $status }
cli-user-active = ativo
cli-user-deactivated-state = desativado
cli-prompt-pin = PIN de { $user }:
cli-prompt-choose-pin = Escolha um PIN para { $user }:
cli-prompt-new-pin = Novo PIN para { $user }:
cli-prompt-recovery-key = Chave de recuperação:
cli-need-user = defina INTAKE_USER com o nome do usuário com o qual você vai agir
cli-no-value = nenhum valor informado: defina { $var } ou digite o valor quando for solicitado
cli-no-data-dir = --data-dir não foi informado e não há pasta pessoal para usar como padrão
cli-read-failed = não foi possível ler { $what }

error-not-initialized = não há nenhum repositório do Equity Intake em { $path }: execute primeiro “intake init”
error-already-initialized = { $path } já contém um repositório do Equity Intake
error-wrong-credentials = nome de usuário ou PIN incorreto
error-locked-out = muitos PINs incorretos para este usuário: tente novamente em { $seconds } s, ou peça a um supervisor para redefinir o PIN
error-deactivated = esta conta foi desativada: fale com um supervisor
error-wrong-recovery-key = a chave de recuperação não é válida para este repositório
error-forbidden = a sua função ({ $role }) não permite { $action }
error-not-found = não foi possível encontrar: { $what }
error-what-member = membro
error-what-user = usuário
error-what-response = resposta
error-what-need = necessidade
error-what-draft = triagem não concluída
error-invalid = { $field }: { $reason }
error-field-name = nome
error-field-date-of-birth = data de nascimento
error-field-masshealth-id = número do MassHealth
error-field-pin = PIN
error-field-site = unidade
error-field-user = usuário
error-field-consent = consentimento
error-field-answers = respostas
error-field-supersedes = correção
error-field-reason = motivo
error-field-response = resposta
error-field-organization = organização
error-field-file = arquivo
error-field-instrument = questionário
error-field-draft = triagem
error-field-item = pergunta
error-reason-check-field = verifique este campo
error-reason-pin-too-short = use pelo menos { $min } caracteres
error-reason-site-empty = informe o nome do centro de saúde
error-reason-username-format = use letras, números, “.”, “_” ou “-” (no máximo 64)
error-reason-username-taken = esse nome de usuário já está em uso
error-reason-recovery-needs-supervisor = a chave de recuperação só pode redefinir o PIN de um supervisor ativo
error-reason-deactivate-self = você não pode desativar a sua própria conta
error-reason-no-consent = o membro não concordou em fazer a triagem
error-reason-answered-twice = uma pergunta foi respondida duas vezes ({ $item })
error-reason-correction-other-member = uma correção deve substituir uma resposta do mesmo membro
error-reason-retraction-reason = diga por que a resposta foi registrada por engano
error-reason-already-retracted = ela já está marcada como registrada por engano
error-reason-referral-organization = informe a organização para a qual o membro foi encaminhado
error-reason-path-not-utf8 = o caminho tem caracteres que este sistema não consegue usar
error-reason-unknown-instrument = este aplicativo não conhece esse questionário ({ $item })
error-reason-unknown-item = uma pergunta não pertence a este questionário ({ $item })
error-reason-wrong-kind = uma resposta tem o tipo de valor errado ({ $item })
error-reason-unknown-option = uma resposta não é uma das opções da pergunta ({ $item })
error-reason-exclusive-option = a opção “nenhum” não pode ser escolhida junto com outras respostas ({ $item })
error-reason-empty-choice = escolha pelo menos uma resposta ({ $item })
error-reason-out-of-range = o número está fora do intervalo permitido ({ $item })
error-reason-absent-not-offered = essa pergunta não oferece esta resposta ({ $item })
error-reason-not-enabled = foi respondida uma pergunta que não se aplica ({ $item })
error-reason-required-missing = uma pergunta obrigatória está sem resposta ({ $item })
error-reason-none-chosen = escolha pelo menos um questionário
error-reason-already-saved = esta parte da triagem já foi salva
error-reason-empty-text = a resposta escrita está vazia ({ $item })
error-disk-full = o disco está cheio ou não permite gravação: nada foi salvo; libere espaço e tente novamente
error-corrupt = o repositório está danificado ou não é um repositório do Equity Intake ({ $detail }); restaure a partir de um backup
error-audit-broken = o registro de auditoria foi alterado na entrada { $seq }: { $reason }
error-not-a-backup = { $path } não é um backup do Equity Intake
error-io = erro de arquivo em { $path }: { $detail }
error-database = erro de banco de dados: { $detail }

# Vinculação ao servidor central da ACO e sincronização. Todo erro de sincronização diz se algo foi perdido (nunca).
cli-enrolled = Vinculado a { $url } para { $site }. Este aparelho está identificado como { $device }.
cli-sync-progress = Enviados: { $sent } de { $total } registros…
cli-sync-done = { $records ->
    [one] Sincronização concluída: { $records } registro enviado. Comprovantes assinados verificados: { $batches }.
    [many] Sincronização concluída: { $records } de registros enviados. Comprovantes assinados verificados: { $batches }.
   *[other] Sincronização concluída: { $records } registros enviados. Comprovantes assinados verificados: { $batches }.
}
cli-sync-nothing = Nada a enviar: tudo já está no servidor central.
error-sync-not-enrolled = este aparelho ainda não está vinculado a um servidor central: um supervisor precisa vinculá-lo com o endereço do servidor central e um código de uso único fornecido pela ACO
error-sync-already-enrolled = este aparelho já está vinculado a um servidor central
error-sync-insecure-url = o endereço do servidor central precisa começar com https:// (http:// sem criptografia só é permitido para este mesmo computador)
error-sync-bad-url = isso não é um endereço de servidor central; ele deve ser parecido com https://hub.example.org
error-sync-bad-code = o código de vinculação não foi aceito: confira o código ou peça um novo à ACO (cada código só funciona uma vez)
error-sync-offline = sem rede, ou não foi possível alcançar o servidor central: nada foi perdido; tente novamente quando houver conexão
error-sync-certificate = o certificado de segurança do servidor central não é confiável, por isso nada foi enviado: avise o suporte técnico da ACO
error-sync-hub-unavailable = o servidor central não está respondendo agora: nada foi perdido; tente novamente mais tarde
error-sync-revoked = o servidor central cortou o acesso deste aparelho: nada foi perdido, mas este aparelho não pode mais sincronizar; ligue para o suporte técnico da ACO
error-sync-refused = o servidor central recusou um lote ({ $reason }): nada foi perdido; avise o suporte técnico da ACO
error-sync-bad-answer = não foi possível verificar a resposta do servidor central, por isso nada foi marcado como enviado: avise o suporte técnico da ACO
