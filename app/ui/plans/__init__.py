"""Work plans: the canton's POA and each parish's PTA, planned against done."""
