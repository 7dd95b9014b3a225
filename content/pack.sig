[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = ccphCHWK/1nRr/8wRMDJnLBFJvFom+hQcMp7bsgi0PqsKpIj6hzPfEpTNIsly+XHS/HtTCiK4n1pA0onKSL9Dg==
