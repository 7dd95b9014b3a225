[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = cj1tiaj+Mgl/istIjU3crpg1NWEyTZy+ScGl+Q6mroz+hbozvCwjCXS14pJykNV8Hgy1VIY4772iKVtqQ/PkCQ==
