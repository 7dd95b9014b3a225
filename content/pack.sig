[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = FPAE++7TmgbWgN2rlKafwRMW8fdjxbHduUKIxoLX+kn4pj0JwGs6W4upGpVUw+brF8cqAQgcqwcpf9Sz5qZlCg==
