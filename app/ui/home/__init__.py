"""Start pages: the promoter's Inicio (agenda and lists) and the técnico's canton
overview."""
