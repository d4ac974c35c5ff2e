# Spanish (es) draft of cli.ftl: the `intake` command line output and errors; every error stays one line.

cli-error = intake: error: { $message }
cli-internal-error = intake: error interno; no se guardó nada más. Por favor, informe de este problema.
cli-store-created = Almacén de datos creado en { $dir } para { $site }.
cli-recovery-key-intro = Clave de recuperación (se muestra una sola vez; anótela y guárdela bajo llave):
cli-demo-saved = guardado n.º { $number }: miembro { $member }, respuesta { $response }
cli-demo-added = { $count ->
    [one] Se agregó { $count } miembro sintético con evaluaciones.
    [many] Se agregaron { $count } de miembros sintéticos con evaluaciones.
   *[other] Se agregaron { $count } miembros sintéticos con evaluaciones.
}
cli-found = { $count ->
    [one] { $count } miembro encontrado
    [many] { $count } de miembros encontrados
   *[other] { $count } miembros encontrados
}
cli-duplicates = { $count ->
    [one] { $count } miembro existente parece ser la misma persona (ver arriba); use --force para agregarlo de todos modos
    [many] { $count } de miembros existentes parecen ser la misma persona (ver arriba); use --force para agregarlo de todos modos
   *[other] { $count } miembros existentes parecen ser la misma persona (ver arriba); use --force para agregarlo de todos modos
}
cli-verify-ok = correcto: las páginas y la comprobación de integridad están bien; cadena de auditoría de { $entries } entradas intacta; { $members } miembros, { $responses } respuestas
cli-backup-written = Copia de seguridad cifrada guardada en { $file } ({ $bytes } bytes).
cli-restored = Se restauraron { $members } miembros y { $responses } respuestas desde { $file }.
cli-new-pin = { $user } tiene un PIN nuevo.
cli-user-added = Se agregó a { $user } ({ $role }).
cli-user-deactivated = Se desactivó la cuenta de { $user }.
cli-outbox = pendientes: { $pending }
    entregados: { $delivered }
cli-response-line = respuesta { $id } { $date } { $instrument } en { $locale } por { $collector }: { $answers } preguntas contestadas{ $state }
cli-response-retracted = { " " }(registrada por error)
cli-response-corrected = { " " }(corregida)
cli-need-line = necesidad { $id } { $domain }: { $status }
cli-user-active = activo
cli-user-deactivated-state = desactivado
cli-prompt-pin = PIN de { $user }:
cli-prompt-choose-pin = Elija un PIN para { $user }:
cli-prompt-new-pin = PIN nuevo para { $user }:
cli-prompt-recovery-key = Clave de recuperación:
cli-need-user = defina INTAKE_USER con el nombre del usuario que va a usar
cli-no-value = no se dio ningún valor: defina { $var } o escríbalo cuando se le pida
cli-no-data-dir = no se indicó --data-dir y no hay carpeta personal para usar por defecto
cli-read-failed = no se pudo leer: { $what }

error-not-initialized = no hay ningún almacén de Equity Intake en { $path }: primero ejecute “intake init”
error-already-initialized = { $path } ya contiene un almacén de Equity Intake
error-wrong-credentials = nombre de usuario o PIN incorrecto
error-locked-out = demasiados PIN incorrectos para este usuario: inténtelo de nuevo en { $seconds } s, o pida a un supervisor que restablezca el PIN
error-deactivated = esta cuenta fue desactivada: consulte a un supervisor
error-wrong-recovery-key = la clave de recuperación no es válida para este almacén
error-forbidden = su rol ({ $role }) no le permite { $action }
error-not-found = no se encontró: { $what }
error-what-member = miembro
error-what-user = usuario
error-what-response = respuesta
error-what-need = necesidad
error-what-draft = evaluación sin terminar
error-invalid = { $field }: { $reason }
error-field-name = nombre
error-field-date-of-birth = fecha de nacimiento
error-field-masshealth-id = número de identificación de MassHealth
error-field-pin = PIN
error-field-site = sede
error-field-user = usuario
error-field-consent = consentimiento
error-field-answers = respuestas
error-field-supersedes = corrección
error-field-reason = motivo
error-field-response = respuesta
error-field-organization = organización
error-field-file = archivo
error-field-instrument = cuestionario
error-field-draft = evaluación
error-field-item = pregunta
error-reason-check-field = revise este campo
error-reason-pin-too-short = use al menos { $min } caracteres
error-reason-site-empty = escriba el nombre del centro de salud
error-reason-username-format = use letras, números, “.”, “_” o “-” (64 como máximo)
error-reason-username-taken = ese nombre de usuario ya está en uso
error-reason-recovery-needs-supervisor = la clave de recuperación solo puede restablecer el PIN de un supervisor activo
error-reason-deactivate-self = no puede desactivar su propia cuenta
error-reason-no-consent = el miembro no ha aceptado contestar las preguntas
error-reason-answered-twice = una pregunta tiene dos respuestas ({ $item })
error-reason-correction-other-member = una corrección debe reemplazar una respuesta del mismo miembro
error-reason-retraction-reason = indique por qué la respuesta se registró por error
error-reason-already-retracted = ya está marcada como registrada por error
error-reason-referral-organization = indique la organización a la que se refirió al miembro
error-reason-path-not-utf8 = la ruta tiene caracteres que este sistema no puede usar
error-reason-unknown-instrument = esta aplicación no conoce ese cuestionario ({ $item })
error-reason-unknown-item = una pregunta no pertenece a este cuestionario ({ $item })
error-reason-wrong-kind = una respuesta tiene un tipo de valor incorrecto ({ $item })
error-reason-unknown-option = una respuesta no es una de las opciones de la pregunta ({ $item })
error-reason-exclusive-option = “ninguno” no se puede elegir junto con otras respuestas ({ $item })
error-reason-empty-choice = elija al menos una respuesta ({ $item })
error-reason-out-of-range = el número está fuera del rango permitido ({ $item })
error-reason-absent-not-offered = esa pregunta no ofrece esta respuesta ({ $item })
error-reason-not-enabled = se contestó una pregunta que no corresponde ({ $item })
error-reason-required-missing = una pregunta obligatoria no tiene respuesta ({ $item })
error-reason-none-chosen = elija al menos un cuestionario
error-reason-already-saved = esta parte de la evaluación ya está guardada
error-reason-empty-text = la respuesta escrita está vacía ({ $item })
error-disk-full = el disco está lleno o no se puede escribir en él: no se guardó nada; libere espacio e inténtelo de nuevo
error-corrupt = el almacén está dañado o no es un almacén de Equity Intake ({ $detail }); restáurelo desde una copia de seguridad
error-audit-broken = el registro de auditoría fue alterado en la entrada { $seq }: { $reason }
error-not-a-backup = { $path } no es una copia de seguridad de Equity Intake
error-io = error de archivo en { $path }: { $detail }
error-database = error de base de datos: { $detail }

# Vinculación con el servidor central de la ACO y sincronización. Cada error de sincronización dice si se perdió algo (nunca).
cli-enrolled = Vinculado a { $url } para { $site }. Este dispositivo se identifica como { $device }.
cli-sync-progress = Enviados: { $sent } de { $total } registros…
cli-sync-done = { $records ->
    [one] Sincronización terminada: se envió { $records } registro. Comprobantes firmados verificados: { $batches }.
    [many] Sincronización terminada: se enviaron { $records } de registros. Comprobantes firmados verificados: { $batches }.
   *[other] Sincronización terminada: se enviaron { $records } registros. Comprobantes firmados verificados: { $batches }.
}
cli-sync-nothing = No hay nada que enviar: todo ya está en el servidor central.
error-sync-not-enrolled = este dispositivo todavía no está vinculado a un servidor central: un supervisor debe vincularlo con la dirección del servidor central y un código de un solo uso que da la ACO
error-sync-already-enrolled = este dispositivo ya está vinculado a un servidor central
error-sync-insecure-url = la dirección del servidor central debe empezar por https:// (http:// sin cifrar solo se permite hacia esta misma computadora)
error-sync-bad-url = eso no es una dirección de servidor central; debe tener una forma como https://hub.example.org
error-sync-bad-code = no se aceptó el código de vinculación: revíselo o pida uno nuevo a la ACO (cada código sirve una sola vez)
error-sync-offline = no hay conexión a la red o no se puede llegar al servidor central: no se perdió nada; inténtelo de nuevo cuando tenga conexión
error-sync-certificate = el certificado de seguridad del servidor central no es de confianza, así que no se envió nada: avise a la mesa de ayuda de la ACO
error-sync-hub-unavailable = el servidor central no responde en este momento: no se perdió nada; inténtelo de nuevo más tarde
error-sync-revoked = el servidor central le quitó el acceso a este dispositivo: no se perdió nada, pero este dispositivo ya no puede sincronizar; llame a la mesa de ayuda de la ACO
error-sync-refused = el servidor central rechazó un lote ({ $reason }): no se perdió nada; avise a la mesa de ayuda de la ACO
error-sync-bad-answer = no se pudo verificar la respuesta del servidor central, así que no se marcó nada como enviado: avise a la mesa de ayuda de la ACO
