[signature]
key = a6178WDtiJZjDHzyUiOLMu6gthlH/38KMgpop0CrhMY=
signature = NqAPkwmz0N+6+qALJXY01Gi7gQv8e0uF87T+jMKMDAzbrwjbO6+vw8jRXs5zw1oq8+iO0oBjI7PS07x+uvi7Aw==
