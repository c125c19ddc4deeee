"""Field work: visits, mediations and community activities."""
