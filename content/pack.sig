[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = ItMUTG8awgLQKDJPL1tGjn5WcQYJnrk3hEsf5/bCfl88vPYyCz/uV1weaP1tcn+7lHmzrPaM88ysoNiKSlR+AA==
