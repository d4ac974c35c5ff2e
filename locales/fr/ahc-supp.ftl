# AHC HRSN screening tool, supplemental questions (2018 wording, verbatim).

ahc-supp-title = Besoins sociaux liés à la santé (autres questions)
ahc-supp-financial-strain = À quel point est-il difficile pour vous de payer l’essentiel, comme la nourriture, le logement, les soins médicaux et le chauffage ?
ahc-supp-financial-strain-very-hard = Très difficile
ahc-supp-financial-strain-somewhat-hard = Un peu difficile
ahc-supp-financial-strain-not-hard = Pas difficile du tout
ahc-supp-employment = Voulez-vous de l’aide pour trouver ou garder un travail ou un emploi ?
ahc-supp-employment-finding = Oui, de l’aide pour trouver du travail
ahc-supp-employment-keeping = Oui, de l’aide pour garder mon travail
ahc-supp-employment-no-help = Je n’ai pas besoin d’aide et je n’en veux pas
ahc-supp-daily-help = Si, pour une raison quelconque, vous avez besoin d’aide pour les activités de tous les jours, comme vous laver, préparer les repas, faire les courses, gérer votre argent, etc., recevez-vous l’aide dont vous avez besoin ?
ahc-supp-daily-help-no-need = Je n’ai besoin d’aucune aide
ahc-supp-daily-help-all-help = Je reçois toute l’aide dont j’ai besoin
ahc-supp-daily-help-little-more = Un peu plus d’aide me serait utile
ahc-supp-daily-help-lot-more = J’ai besoin de beaucoup plus d’aide
ahc-supp-loneliness = À quelle fréquence ressentez-vous de la solitude ou un isolement par rapport aux personnes qui vous entourent ?
ahc-supp-loneliness-never = Jamais
ahc-supp-loneliness-rarely = Rarement
ahc-supp-loneliness-sometimes = Parfois
ahc-supp-loneliness-often = Souvent
ahc-supp-loneliness-always = Toujours
ahc-supp-other-language = À la maison, parlez-vous une autre langue que l’anglais ?
ahc-supp-school-training = Voulez-vous de l’aide pour des études ou une formation ? Par exemple, commencer ou terminer une formation professionnelle, ou obtenir un diplôme de fin d’études secondaires (high school), le GED ou un diplôme équivalent.
ahc-supp-exercise-days = Au cours des 30 derniers jours, en dehors des activités faites pour votre travail, en moyenne, combien de jours par semaine avez-vous fait de l’exercice modéré (comme marcher vite, courir, faire du jogging, danser, nager, faire du vélo ou d’autres activités semblables) ?
ahc-supp-exercise-minutes = En moyenne, combien de minutes passiez-vous habituellement à faire de l’exercice à ce niveau, l’un de ces jours-là ?
ahc-supp-exercise-days-unit = { $count ->
    [one] { $count } jour par semaine
    [many] { $count } de jours par semaine
   *[other] { $count } jours par semaine
}
ahc-supp-exercise-minutes-unit = { $count ->
    [one] { $count } minute
    [many] { $count } de minutes
   *[other] { $count } minutes
}
ahc-supp-alcohol = Combien de fois au cours des 12 derniers mois avez-vous bu 5 verres d’alcool ou plus en une journée (hommes) ou 4 verres d’alcool ou plus en une journée (femmes) ? Un verre, c’est 12 onces (355 ml) de bière, 5 onces (150 ml) de vin ou 1,5 once (45 ml) d’alcool fort à 40 % (80 proof).
ahc-supp-tobacco = Combien de fois au cours des 12 derniers mois avez-vous consommé des produits du tabac (comme des cigarettes, des cigares, du tabac à priser, du tabac à chiquer, des cigarettes électroniques) ?
ahc-supp-prescription-misuse = Combien de fois au cours de la dernière année avez-vous pris des médicaments sur ordonnance pour des raisons non médicales ?
ahc-supp-illegal-drugs = Combien de fois au cours de la dernière année avez-vous consommé des drogues illégales ?
ahc-supp-substance-never = Jamais
ahc-supp-substance-once-or-twice = Une ou deux fois
ahc-supp-substance-monthly = Chaque mois
ahc-supp-substance-weekly = Chaque semaine
ahc-supp-substance-daily = Tous les jours ou presque tous les jours
ahc-supp-little-interest = Au cours des 2 dernières semaines, à quelle fréquence avez-vous été gêné(e) par le fait d’avoir peu d’intérêt ou de plaisir à faire les choses ?
ahc-supp-feeling-down = Au cours des 2 dernières semaines, à quelle fréquence avez-vous été gêné(e) par le fait de vous sentir triste, déprimé(e) ou désespéré(e) ?
ahc-supp-phq-not-at-all = Jamais
ahc-supp-phq-several-days = Plusieurs jours
ahc-supp-phq-more-than-half = Plus de la moitié des jours
ahc-supp-phq-nearly-every-day = Presque tous les jours
ahc-supp-stress = Le stress, c’est une situation où une personne se sent tendue, agitée, nerveuse ou anxieuse, ou n’arrive pas à dormir la nuit parce qu’elle a tout le temps l’esprit préoccupé. Ressentez-vous ce genre de stress ces temps-ci ?
ahc-supp-stress-not-at-all = Pas du tout
ahc-supp-stress-a-little = Un peu
ahc-supp-stress-somewhat = Moyennement
ahc-supp-stress-quite-a-bit = Beaucoup
ahc-supp-stress-very-much = Énormément
ahc-supp-concentrating = En raison d’un problème de santé physique, mentale ou émotionnelle, avez-vous de grandes difficultés à vous concentrer, à vous souvenir des choses ou à prendre des décisions ?
ahc-supp-errands = En raison d’un problème de santé physique, mentale ou émotionnelle, avez-vous des difficultés à faire vos démarches par vous-même, comme aller chez le médecin ou faire des courses ?
