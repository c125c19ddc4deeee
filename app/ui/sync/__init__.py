"""Sync in the desktop: controller, menus, enrollment, conflicts, needs attention, the
Junta's referral inbox and the update notice."""
