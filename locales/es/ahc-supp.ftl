# Spanish (es) draft of ahc-supp.ftl: AHC HRSN supplemental questions, CMS Spanish style; to be reviewed by an interpreter.

ahc-supp-title = Necesidades sociales relacionadas con la salud (más preguntas)
ahc-supp-financial-strain = ¿Qué tan difícil le es pagar lo más básico, como comida, vivienda, atención médica y calefacción?
ahc-supp-financial-strain-very-hard = Muy difícil
ahc-supp-financial-strain-somewhat-hard = Algo difícil
ahc-supp-financial-strain-not-hard = Nada difícil
ahc-supp-employment = ¿Quiere ayuda para encontrar o mantener un trabajo o empleo?
ahc-supp-employment-finding = Sí, ayuda para encontrar trabajo
ahc-supp-employment-keeping = Sí, ayuda para mantener mi trabajo
ahc-supp-employment-no-help = No necesito ni quiero ayuda
ahc-supp-daily-help = Si por cualquier motivo necesita ayuda con actividades de todos los días, como bañarse, preparar comidas, hacer compras, manejar su dinero, etc., ¿recibe la ayuda que necesita?
ahc-supp-daily-help-no-need = No necesito ninguna ayuda
ahc-supp-daily-help-all-help = Recibo toda la ayuda que necesito
ahc-supp-daily-help-little-more = Me vendría bien un poco más de ayuda
ahc-supp-daily-help-lot-more = Necesito mucha más ayuda
ahc-supp-loneliness = ¿Con qué frecuencia siente soledad o aislamiento de las personas que le rodean?
ahc-supp-loneliness-never = Nunca
ahc-supp-loneliness-rarely = Rara vez
ahc-supp-loneliness-sometimes = A veces
ahc-supp-loneliness-often = Con frecuencia
ahc-supp-loneliness-always = Siempre
ahc-supp-other-language = ¿Habla en casa algún idioma que no sea el inglés?
ahc-supp-school-training = ¿Quiere ayuda con estudios o capacitación? Por ejemplo, empezar o terminar una capacitación para el trabajo, u obtener un diploma de escuela secundaria (high school), el GED o un equivalente.
ahc-supp-exercise-days = En los últimos 30 días, sin contar las actividades que hizo en su trabajo, en promedio, ¿cuántos días a la semana hizo ejercicio moderado (como caminar rápido, correr, trotar, bailar, nadar, andar en bicicleta u otras actividades parecidas)?
ahc-supp-exercise-minutes = En promedio, ¿cuántos minutos solía hacer ejercicio a ese nivel en uno de esos días?
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } día a la semana
    [many] { $count } de días a la semana
   *[other] { $count } días a la semana
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } minuto
    [many] { $count } de minutos
   *[other] { $count } minutos
}
ahc-supp-alcohol = ¿Cuántas veces en los últimos 12 meses ha tomado 5 o más bebidas alcohólicas en un día (hombres) o 4 o más bebidas alcohólicas en un día (mujeres)? Una bebida es 12 onzas de cerveza, 5 onzas de vino o una onza y media de licor fuerte de 80 proof (40 % de alcohol).
ahc-supp-tobacco = ¿Cuántas veces en los últimos 12 meses ha usado productos de tabaco (como cigarrillos, puros, rapé, tabaco de mascar o cigarrillos electrónicos)?
ahc-supp-prescription-misuse = ¿Cuántas veces en el último año ha usado medicamentos recetados por razones que no son médicas?
ahc-supp-illegal-drugs = ¿Cuántas veces en el último año ha usado drogas ilegales?
ahc-supp-substance-never = Nunca
ahc-supp-substance-once-or-twice = Una o dos veces
ahc-supp-substance-monthly = Cada mes
ahc-supp-substance-weekly = Cada semana
ahc-supp-substance-daily = Todos los días o casi todos los días
ahc-supp-little-interest = En las últimas 2 semanas, ¿con qué frecuencia le ha molestado tener poco interés o placer en hacer las cosas?
ahc-supp-feeling-down = En las últimas 2 semanas, ¿con qué frecuencia le ha molestado sentir desánimo, depresión o falta de esperanza?
ahc-supp-phq-not-at-all = Ningún día
ahc-supp-phq-several-days = Varios días
ahc-supp-phq-more-than-half = Más de la mitad de los días
ahc-supp-phq-nearly-every-day = Casi todos los días
ahc-supp-stress = El estrés es cuando una persona se siente tensa, intranquila, nerviosa o ansiosa, o no puede dormir por la noche porque tiene la mente preocupada todo el tiempo. ¿Siente usted este tipo de estrés en estos días?
ahc-supp-stress-not-at-all = Nada
ahc-supp-stress-a-little = Un poco
ahc-supp-stress-somewhat = Algo
ahc-supp-stress-quite-a-bit = Bastante
ahc-supp-stress-very-much = Mucho
ahc-supp-concentrating = Debido a una condición física, mental o emocional, ¿tiene dificultad seria para concentrarse, recordar o tomar decisiones?
ahc-supp-errands = Debido a una condición física, mental o emocional, ¿tiene dificultad para hacer diligencias o mandados sin compañía, como ir al consultorio médico o ir de compras?
