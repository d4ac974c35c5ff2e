# The `intake` command line: what it prints, and its errors. Every error is one line.

cli-error = intake: ошибка: { $message }
cli-internal-error = intake: внутренняя ошибка; больше ничего не сохранено. Пожалуйста, сообщите об этой ошибке.
cli-store-created = Хранилище данных создано в { $dir } для { $site }.
cli-recovery-key-intro = Ключ восстановления (показывается один раз; запишите его и храните под замком):
cli-demo-saved = сохранено: № { $number }, участник { $member }, анкета { $response }
cli-demo-added = { $count ->
    [one] Добавлен { $count } синтетический участник с результатами скрининга.
    [few] Добавлено { $count } синтетических участника с результатами скрининга.
    [many] Добавлено { $count } синтетических участников с результатами скрининга.
   *[other] Добавлено { $count } синтетического участника с результатами скрининга.
}
cli-found = { $count ->
    [one] Найден { $count } участник
    [few] Найдено { $count } участника
    [many] Найдено { $count } участников
   *[other] Найдено { $count } участника
}
cli-duplicates = { $count ->
    [one] Найден { $count } уже зарегистрированный участник, похожий на добавляемого человека (см. список выше); чтобы всё равно добавить, используйте --force
    [few] Найдено { $count } уже зарегистрированных участника, похожих на добавляемого человека (см. список выше); чтобы всё равно добавить, используйте --force
    [many] Найдено { $count } уже зарегистрированных участников, похожих на добавляемого человека (см. список выше); чтобы всё равно добавить, используйте --force
   *[other] Найдено { $count } уже зарегистрированного участника, похожих на добавляемого человека (см. список выше); чтобы всё равно добавить, используйте --force
}
cli-verify-ok = в порядке: проверка страниц и целостности пройдена; цепочка журнала аудита цела (записей: { $entries }); участников: { $members }, анкет: { $responses }
cli-backup-written = Зашифрованная резервная копия записана в { $file } (байт: { $bytes }).
cli-restored = Из { $file } восстановлено участников: { $members }, анкет: { $responses }.
cli-new-pin = У пользователя { $user } новый PIN-код.
cli-user-added = Добавлен пользователь { $user } ({ $role }).
cli-user-deactivated = Учётная запись пользователя { $user } отключена.
cli-outbox = ожидают отправки: { $pending }
    доставлено: { $delivered }
cli-response-line = анкета { $id } { $date } { $instrument } на языке { $locale }, сотрудник: { $collector }; ответов: { $answers }{ $state }
cli-response-retracted = { " " }(внесена по ошибке)
cli-response-corrected = { " " }(исправлена)
cli-need-line = потребность { $id } { $domain }: { $status }
cli-user-active = активен
cli-user-deactivated-state = отключён
cli-prompt-pin = PIN-код пользователя { $user }:
cli-prompt-choose-pin = Задайте PIN-код для пользователя { $user }:
cli-prompt-new-pin = Новый PIN-код для пользователя { $user }:
cli-prompt-recovery-key = Ключ восстановления:
cli-need-user = задайте в INTAKE_USER имя пользователя, от имени которого нужно работать
cli-no-value = значение не задано: задайте { $var } или введите его, когда программа попросит
cli-no-data-dir = не указан --data-dir, и нет домашней папки, которую можно использовать по умолчанию
cli-read-failed = не удалось прочитать: { $what }

error-not-initialized = в { $path } нет хранилища данных Equity Intake: сначала выполните «intake init»
error-already-initialized = в { $path } уже есть хранилище данных Equity Intake
error-wrong-credentials = неверное имя пользователя или PIN-код
error-locked-out = слишком много неверных PIN-кодов для этого пользователя: повторите попытку через { $seconds } с или попросите руководителя сбросить PIN-код
error-deactivated = эта учётная запись отключена: обратитесь к руководителю
error-wrong-recovery-key = ключ восстановления не подходит для этого хранилища данных
error-forbidden = Ваша роль ({ $role }) не позволяет: { $action }
error-not-found = не найдено: { $what }
error-what-member = участник
error-what-user = пользователь
error-what-response = анкета
error-what-need = потребность
error-what-draft = незавершённый скрининг
error-invalid = { $field }: { $reason }
error-field-name = имя
error-field-date-of-birth = дата рождения
error-field-masshealth-id = номер MassHealth
error-field-pin = PIN-код
error-field-site = медицинский центр
error-field-user = пользователь
error-field-consent = согласие
error-field-answers = ответы
error-field-supersedes = исправление
error-field-reason = причина
error-field-response = анкета
error-field-organization = организация
error-field-file = файл
error-field-instrument = опросник
error-field-draft = скрининг
error-field-item = вопрос
error-reason-check-field = пожалуйста, проверьте это поле
error-reason-pin-too-short = используйте не менее { $min } символов
error-reason-site-empty = укажите название медицинского центра
error-reason-username-format = используйте буквы, цифры, «.», «_» или «-» (не более 64 символов)
error-reason-username-taken = это имя пользователя уже занято
error-reason-recovery-needs-supervisor = ключом восстановления можно сбросить PIN-код только активного руководителя
error-reason-deactivate-self = нельзя отключить собственную учётную запись
error-reason-no-consent = участник не дал согласия на скрининг
error-reason-answered-twice = на один вопрос ответили дважды ({ $item })
error-reason-correction-other-member = исправление должно заменять анкету того же участника
error-reason-retraction-reason = укажите, почему анкета была внесена по ошибке
error-reason-already-retracted = она уже отмечена как внесённая по ошибке
error-reason-referral-organization = укажите организацию, в которую направлен участник
error-reason-path-not-utf8 = в пути есть символы, которые эта система не может использовать
error-reason-unknown-instrument = этой программе неизвестен такой опросник ({ $item })
error-reason-unknown-item = вопрос не относится к этому опроснику ({ $item })
error-reason-wrong-kind = у ответа неверный тип значения ({ $item })
error-reason-unknown-option = ответ не входит в варианты ответа на вопрос ({ $item })
error-reason-exclusive-option = «ничего» нельзя выбрать вместе с другими ответами ({ $item })
error-reason-empty-choice = выберите хотя бы один ответ ({ $item })
error-reason-out-of-range = число вне допустимого диапазона ({ $item })
error-reason-absent-not-offered = у этого вопроса нет такого варианта ответа ({ $item })
error-reason-not-enabled = дан ответ на вопрос, который здесь не применяется ({ $item })
error-reason-required-missing = нет ответа на обязательный вопрос ({ $item })
error-reason-none-chosen = выберите хотя бы один опросник
error-reason-already-saved = эта часть скрининга уже сохранена
error-reason-empty-text = письменный ответ пуст ({ $item })
error-disk-full = диск заполнен или недоступен для записи: ничего не сохранено; освободите место и повторите попытку
error-corrupt = хранилище данных повреждено или не является хранилищем Equity Intake ({ $detail }); восстановите данные из резервной копии
error-audit-broken = журнал аудита был изменён на записи { $seq }: { $reason }
error-not-a-backup = { $path } не является резервной копией Equity Intake
error-io = ошибка файла { $path }: { $detail }
error-database = ошибка базы данных: { $detail }

# Регистрация на центральном сервере ACO (hub) и синхронизация с ним. Каждая ошибка синхронизации говорит, потеряно ли что-нибудь (никогда).
cli-enrolled = Устройство зарегистрировано на сервере { $url } для { $site }. Это устройство: { $device }.
cli-sync-progress = Отправлено записей: { $sent } из { $total }…
cli-sync-done = { $records ->
    [one] Синхронизация завершена: отправлена { $records } запись. Проверено подписанных подтверждений: { $batches }.
    [few] Синхронизация завершена: отправлены { $records } записи. Проверено подписанных подтверждений: { $batches }.
    [many] Синхронизация завершена: отправлено { $records } записей. Проверено подписанных подтверждений: { $batches }.
   *[other] Синхронизация завершена: отправлено { $records } записи. Проверено подписанных подтверждений: { $batches }.
}
cli-sync-nothing = Отправлять нечего: все данные уже на центральном сервере.
error-sync-not-enrolled = это устройство ещё не зарегистрировано на центральном сервере: его регистрирует руководитель, указав адрес сервера и одноразовый код, полученный от ACO
error-sync-already-enrolled = это устройство уже зарегистрировано на центральном сервере
error-sync-insecure-url = адрес сервера должен начинаться с https:// (обычный http:// допускается только для адреса этого же компьютера)
error-sync-bad-url = это не адрес сервера; он должен выглядеть примерно так: https://hub.example.org
error-sync-bad-code = код регистрации не принят: проверьте его или попросите в ACO новый код (каждый код действует только один раз)
error-sync-offline = нет сети или центральный сервер недоступен: ничего не потеряно, повторите попытку, когда появится подключение к интернету
error-sync-certificate = сертификат безопасности сервера не является доверенным, поэтому ничего не отправлено: сообщите об этом в службу поддержки ACO
error-sync-hub-unavailable = центральный сервер сейчас не отвечает: ничего не потеряно, повторите попытку позже
error-sync-revoked = центральный сервер отозвал доступ этого устройства: ничего не потеряно, но синхронизировать данные с этого устройства нельзя; позвоните в службу поддержки ACO
error-sync-refused = сервер отклонил пакет записей ({ $reason }): ничего не потеряно; сообщите об этом в службу поддержки ACO
error-sync-bad-answer = не удалось проверить подлинность ответа сервера, поэтому ничего не отмечено как отправленное: сообщите об этом в службу поддержки ACO
