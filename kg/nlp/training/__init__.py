"""Training kg's Chinese models from the People's Daily 1998 corpus (`kg models build`, `kg models eval`)."""
