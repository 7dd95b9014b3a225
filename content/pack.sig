[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = dDif++J3bwtWld6Z+0cP6iPCf7nGxgo+5GInu1LzgfMMQ8c5AAa8ToLKF7TbFhJ6e8BWcjygEQcVXqlzAkBVAQ==
