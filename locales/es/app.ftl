# Spanish (es) draft of app.ftl: the desktop app's screens (src-tauri, ui, crates/intake-views). Staff read these;
# members read only the printed summary (app-summary-*), which is in the member's language.

app-title = Equity Intake
app-continue = Continuar
app-cancel = Cancelar
app-save = Guardar
app-none = Ninguna.
app-show = Mostrar
app-lock = Bloquear
app-locked-notice = Se bloqueó la pantalla. Inicie sesión para continuar.
app-nav-label = Menú principal
app-nav-members = Miembros
app-nav-supervisor = Supervisión
app-nav-settings = Configuración
app-nav-sync = Sincronización
app-for-staff = Para el personal:
app-fallback-english = (aún sin traducir: se muestra en inglés)
app-translation-status-missing = Aún sin traducir: las preguntas se muestran en inglés

## First run and sign-in
app-setup-title = Configurar Equity Intake
app-setup-explain = Cree el almacén de datos de este centro de salud y la cuenta de su primer supervisor. Todo se guarda cifrado en esta computadora.
app-setup-submit = Crear el almacén de datos
app-recovery-title = Su clave de recuperación
app-recovery-explain = Si todos los supervisores olvidan su PIN, esta clave es la única forma de volver a entrar al almacén de datos. Anótela y guárdela en un lugar seguro y bajo llave, lejos de esta computadora. Se muestra una sola vez.
app-recovery-confirm = Anoté la clave de recuperación y la guardé en un lugar seguro.
app-sign-in-title = Iniciar sesión
app-sign-in-submit = Iniciar sesión
app-pin-hint = Al menos 6 caracteres. No lo comparta con nadie.
app-field-site = Nombre del centro de salud
app-field-username = Nombre de usuario
app-field-name = Nombre completo
app-field-pin = PIN
app-field-pin-again = Repita el PIN
app-field-role = Rol
app-field-staff-language = Idioma de las pantallas

## Members
app-members-title = Miembros
app-members-search = Buscar por nombre, número de identificación de MassHealth, número de expediente o fecha de nacimiento
app-members-recent = Miembros que atendió recientemente
app-members-none-yet = No hay miembros recientes. Busque arriba o agregue un miembro.
app-members-found = { $count ->
    [one] { $count } miembro encontrado
    [many] { $count } de miembros encontrados
   *[other] { $count } miembros encontrados
}
app-members-too-many = Se encontraron más de { $count } miembros: escriba más letras del nombre.
app-members-add = Agregar un miembro
app-members-save = Guardar el miembro
app-duplicates-found = Estos miembros parecen ser la misma persona. Abra uno de ellos, o agregue un miembro nuevo si se trata de otra persona.
app-duplicates-add-anyway = Es otra persona: agregar un miembro nuevo
app-dob = Fecha de nacimiento
app-masshealth-id = Número de identificación de MassHealth
app-mrn = Número de expediente
app-field-given-name = Nombre
app-field-family-name = Apellidos
app-field-date-of-birth = Fecha de nacimiento
app-field-masshealth-id = Número de identificación de MassHealth (opcional)
app-field-mrn = Número de expediente médico (opcional)

## Member profile
app-demographics-title = Lo que el miembro nos dijo sobre sí mismo
app-topic = Tema
app-state = Estado
app-answer = Respuesta
app-asked-on = Fecha de la pregunta
app-proxy = respondió otra persona
app-topic-race-ethnicity = Raza y origen étnico
app-topic-language = Idioma
app-topic-disability = Discapacidad
app-topic-sexual-orientation = Orientación sexual
app-topic-gender-identity = Identidad de género
app-topic-sex-at-birth = Sexo asignado al nacer
app-topic-pronouns = Pronombres
app-state-answered = Contestó
app-state-declined = Prefirió no contestar
app-state-unknown = No sabía
app-state-never-asked = Nunca se preguntó
app-state-stale = De hace más de un año
app-history-title = Evaluaciones
app-history-none = Todavía no hay evaluaciones.
app-drafts-title = Evaluaciones sin terminar
app-resume = Reanudar
app-needs-title = Necesidades
app-needs-none = Hasta ahora no se encontró ninguna necesidad.
app-need-discreet = Una necesidad delicada
app-opened-on = Se encontró el
app-follow-up-add = Registrar un seguimiento

## Starting a screening
app-start-title = Empezar una evaluación
app-start-submit = Empezar
app-field-instruments = Cuestionarios
app-field-member-language = Idioma del miembro
app-field-mode = Modalidad
app-mode-in-person = En persona
app-mode-phone = Por teléfono
app-mode-video = Por video
app-field-interpreter = Está ayudando un intérprete
app-field-respondent = Quién contesta
app-respondent-self = El miembro
app-respondent-proxy = Otra persona en nombre del miembro (su padre o su madre, un cuidador)
app-field-relationship = Relación de esa persona con el miembro
app-field-consent = El miembro está de acuerdo

## Screening
app-screening-for = Evaluación de
app-question-position = Pregunta { $n } de { $total }
app-progress = { $answered } de { $total } contestadas
app-steps-label = Preguntas
app-back = Atrás
app-next = Siguiente
app-finish = Terminar y guardar
app-save-close = Cerrar (las respuestas quedan guardadas)
app-discard = Descartar esta evaluación
app-discard-confirm = ¿Descartar todas las respuestas de esta evaluación? Esto no se puede deshacer.

## Results
app-results-title = Resultados
app-results-none = No hay resultados para mostrar.
app-safe-to-talk = El miembro está a solas y es seguro hablar
app-to-profile = Volver a los datos del miembro
app-summary-print = Resumen para el miembro
app-summary-open = Abrir el resumen
app-print = Imprimir o guardar como PDF

## The printed summary, in the member's language
app-summary-title = Resumen de su evaluación
app-summary-intro = Gracias por contestar nuestras preguntas. Aquí está lo que hablamos y lo que va a pasar ahora.
app-summary-none = Hoy no nos habló de ninguna necesidad. Puede hablar con nosotros cuando quiera.
app-summary-footer = Sus respuestas son privadas. Ayudan a su centro de salud y a MassHealth a darle una mejor atención. Si tiene preguntas, llame a su centro de salud.
app-summary-explain-housing-instability = Tal vez necesite ayuda para no perder su vivienda o para encontrar una.
app-summary-explain-housing-quality = Tal vez haya problemas en su vivienda que pueden afectar su salud.
app-summary-explain-food = Tal vez necesite ayuda para tener suficiente comida.
app-summary-explain-transportation = Tal vez necesite ayuda con el transporte para ir a sus citas médicas, al trabajo o a hacer sus diligencias.
app-summary-explain-utilities = Tal vez necesite ayuda para pagar la electricidad, el gas, el combustible para calefacción o el agua.
app-summary-explain-interpersonal-safety = Podemos hablar de su seguridad cuando usted quiera.
app-summary-explain-financial-strain = Tal vez necesite ayuda para pagar lo más básico.
app-summary-explain-employment = Tal vez quiera ayuda para encontrar o mantener un trabajo.
app-summary-explain-family-community-support = Tal vez quiera más ayuda en su casa o pasar más tiempo con otras personas.
app-summary-explain-education = Tal vez quiera ayuda con sus estudios o con capacitación para el trabajo.
app-summary-explain-physical-activity = Moverse más puede ayudar a su salud.
app-summary-explain-substance-use = Podemos hablar del alcohol, el tabaco o las drogas cuando usted quiera.
app-summary-explain-mental-health = Tal vez quiera hablar con alguien sobre cómo se siente.
app-summary-explain-disabilities = Tal vez quiera ayuda con las tareas de todos los días.
app-summary-explain-digital-access = Tal vez necesite ayuda para tener internet o un aparato para las videoconsultas.
app-summary-explain-digital-literacy = Tal vez quiera ayuda para aprender a usar las videoconsultas.

## Supervisor
app-supervisor-title = Hoy
app-team-work = Trabajo de cada integrante del equipo
app-staff = Integrante del equipo
app-screenings = Evaluaciones
app-members-screened = Miembros
app-needs-opened = Necesidades encontradas
app-incomplete-title = Evaluaciones sin terminar
app-unfollowed-title = Necesidades sin seguimiento
app-users-title = Usuarios
app-add-user = Agregar un usuario
app-reset-pin = Restablecer el PIN
app-deactivate = Desactivar
app-inactive = desactivado
app-site-settings = Configuración de la sede
app-setting-idle-lock-seconds = Bloquear la pantalla después de esta cantidad de segundos sin uso
app-setting-sogi-min-age = Edad mínima para preguntar sobre la orientación sexual y la identidad de género

## Settings
app-text-size = Tamaño del texto
app-about = Acerca de
app-language = Idioma
app-translation-status = Traducción

## Errors of the screens (core errors are error-* in cli.ftl)
app-error-session-locked = La pantalla está bloqueada. Vuelva a iniciar sesión: no se perdió nada.
app-error-pin-mismatch = Los dos PIN no son iguales.
app-error-preferences = No se pudo guardar esta configuración en esta computadora.
app-error-date-of-birth = Escriba la fecha de nacimiento completa.
app-error-member-name = Escriba un nombre o un apellido.
app-error-member-date-of-birth = La fecha de nacimiento no puede ser una fecha futura.
app-error-member-masshealth-id = El número de identificación de MassHealth solo tiene letras y números.
app-error-member-language = Elija el idioma del miembro.
app-error-mode = Elija cómo se hace la evaluación.
app-error-respondent = Elija quién contesta.
app-error-proxy-relationship = Indique quién contesta en nombre del miembro.
app-error-consent = El miembro debe estar de acuerdo antes de que se le haga cualquier pregunta.
app-error-instruments = Elija al menos un cuestionario.
app-error-answer = Esta respuesta no corresponde a la pregunta. Elija otra vez.
app-error-answer-exclusive = Esta respuesta no se puede elegir junto con las otras.
app-error-answer-range = Este número está fuera del rango que permite la pregunta.
app-error-required-unanswered = Esta pregunta necesita una respuesta, o “Prefiero no contestar”, antes de terminar.
app-error-follow-up-status = Elija qué pasó con esta necesidad.
app-error-role = Elija un rol.
app-error-setting = Este valor está fuera del rango permitido.

# La pantalla de sincronización del supervisor.
app-sync-title = Sincronizar con el servidor central de la ACO
app-sync-not-enrolled = Este dispositivo todavía no está vinculado a un servidor central. Escriba la dirección del servidor central y el código de un solo uso que le dio la ACO.
app-sync-hub-url = Dirección del servidor central
app-sync-code = Código de vinculación
app-sync-enroll = Vincular este dispositivo
app-sync-enrolled = Vinculado a { $url } para { $site }.
app-sync-unsent = { $count ->
    [one] { $count } registro pendiente de envío.
    [many] { $count } de registros pendientes de envío.
   *[other] { $count } registros pendientes de envío.
}
app-sync-all-sent = Todo llegó al servidor central.
app-sync-now = Sincronizar ahora
app-sync-sending = Enviando: { $sent } de { $total } registros
app-sync-finished = { $records ->
    [one] Listo: se envió { $records } registro y el servidor central confirmó que lo recibió.
    [many] Listo: se enviaron { $records } de registros y el servidor central confirmó que los recibió.
   *[other] Listo: se enviaron { $records } registros y el servidor central confirmó que los recibió.
}
app-sync-history = Sincronizaciones recientes
app-sync-started = Inicio
app-sync-by = Hecha por
app-sync-records = Registros
app-sync-receipts = Comprobantes firmados
app-sync-result = Resultado
app-sync-ok = Completada
app-sync-receipt = { $count ->
    [one] Lote { $sequence }: { $count } registro
    [many] Lote { $sequence }: { $count } de registros
   *[other] Lote { $sequence }: { $count } registros
}
