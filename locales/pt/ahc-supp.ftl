# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).

ahc-supp-title = Necessidades sociais relacionadas à saúde (mais perguntas)
ahc-supp-financial-strain = O quanto é difícil para você pagar o básico, como comida, moradia, atendimento médico e aquecimento?
ahc-supp-financial-strain-very-hard = Muito difícil
ahc-supp-financial-strain-somewhat-hard = Um pouco difícil
ahc-supp-financial-strain-not-hard = Nada difícil
ahc-supp-employment = Você quer ajuda para encontrar ou manter um trabalho ou emprego?
ahc-supp-employment-finding = Sim, ajuda para encontrar trabalho
ahc-supp-employment-keeping = Sim, ajuda para manter o trabalho
ahc-supp-employment-no-help = Não preciso nem quero ajuda
ahc-supp-daily-help = Se por algum motivo você precisa de ajuda com atividades do dia a dia, como tomar banho, preparar refeições, fazer compras, cuidar do dinheiro etc., você recebe a ajuda de que precisa?
ahc-supp-daily-help-no-need = Não preciso de nenhuma ajuda
ahc-supp-daily-help-all-help = Recebo toda a ajuda de que preciso
ahc-supp-daily-help-little-more = Um pouco mais de ajuda me faria bem
ahc-supp-daily-help-lot-more = Preciso de muito mais ajuda
ahc-supp-loneliness = Com que frequência você sente solidão ou isolamento em relação às pessoas ao seu redor?
ahc-supp-loneliness-never = Nunca
ahc-supp-loneliness-rarely = Raramente
ahc-supp-loneliness-sometimes = Às vezes
ahc-supp-loneliness-often = Com frequência
ahc-supp-loneliness-always = Sempre
ahc-supp-other-language = Em casa, você fala alguma língua que não seja o inglês?
ahc-supp-school-training = Você quer ajuda com estudos ou capacitação? Por exemplo, começar ou terminar um curso profissionalizante, ou obter um diploma do ensino médio (high school), o GED ou equivalente.
ahc-supp-exercise-days = Nos últimos 30 dias, sem contar as atividades que você fez no trabalho, em média, quantos dias por semana você fez exercício moderado (como caminhar rápido, correr, fazer corrida leve, dançar, nadar, andar de bicicleta ou outras atividades parecidas)?
ahc-supp-exercise-minutes = Em média, quantos minutos você costumava passar se exercitando nesse nível em um desses dias?
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } dia por semana
    [many] { $count } de dias por semana
   *[other] { $count } dias por semana
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } minuto
    [many] { $count } de minutos
   *[other] { $count } minutos
}
ahc-supp-alcohol = Quantas vezes nos últimos 12 meses você tomou 5 ou mais doses de bebida alcoólica em um dia (homens) ou 4 ou mais doses em um dia (mulheres)? Uma dose é 12 onças (355 ml) de cerveja, 5 onças (150 ml) de vinho ou 1,5 onça (45 ml) de bebida destilada de 80 proof (40% de álcool).
ahc-supp-tobacco = Quantas vezes nos últimos 12 meses você usou produtos de tabaco (como cigarros, charutos, rapé, fumo de mascar, cigarros eletrônicos)?
ahc-supp-prescription-misuse = Quantas vezes no último ano você usou remédios que precisam de receita médica por motivos que não eram médicos?
ahc-supp-illegal-drugs = Quantas vezes no último ano você usou drogas ilegais?
ahc-supp-substance-never = Nunca
ahc-supp-substance-once-or-twice = Uma ou duas vezes
ahc-supp-substance-monthly = Todo mês
ahc-supp-substance-weekly = Toda semana
ahc-supp-substance-daily = Todos os dias ou quase todos os dias
ahc-supp-little-interest = Nas últimas 2 semanas, com que frequência você foi incomodado/a por ter pouco interesse ou pouco prazer em fazer as coisas?
ahc-supp-feeling-down = Nas últimas 2 semanas, com que frequência você foi incomodado/a por se sentir para baixo, deprimido/a ou sem esperança?
ahc-supp-phq-not-at-all = Nenhuma vez
ahc-supp-phq-several-days = Vários dias
ahc-supp-phq-more-than-half = Mais da metade dos dias
ahc-supp-phq-nearly-every-day = Quase todos os dias
ahc-supp-stress = Estresse é uma situação em que a pessoa se sente tensa, inquieta, nervosa ou ansiosa, ou não consegue dormir à noite porque está com a cabeça preocupada o tempo todo. Você tem sentido esse tipo de estresse ultimamente?
ahc-supp-stress-not-at-all = Nem um pouco
ahc-supp-stress-a-little = Um pouco
ahc-supp-stress-somewhat = Mais ou menos
ahc-supp-stress-quite-a-bit = Bastante
ahc-supp-stress-very-much = Muito
ahc-supp-concentrating = Por causa de uma condição física, mental ou emocional, você tem grande dificuldade para se concentrar, lembrar das coisas ou tomar decisões?
ahc-supp-errands = Por causa de uma condição física, mental ou emocional, você tem dificuldade para resolver coisas fora de casa sem companhia, como ir a um consultório médico ou fazer compras?
