#!/bin/sh
# The whole desktop session of the kiosk account (docs/deploy.md, 锁定检查表 L2): no panel, no
# dock, no gesture daemon, no on-screen keyboard, so no edge swipe or three-finger gesture
# leads anywhere. Install: sudo install -m 755 cunwu-kiosk-session.sh /usr/local/bin/cunwu-kiosk-session
# The screen never blanks (the kiosk keeps it awake; a bare X server would blank it after 10 min).
xset s off
xset s noblank
xset -dpms
# Cadres type Chinese on a USB keyboard through the input method, if one is installed.
export GTK_IM_MODULE=fcitx QT_IM_MODULE=fcitx XMODIFIERS=@im=fcitx
if command -v fcitx5 >/dev/null 2>&1; then fcitx5 -d; elif command -v fcitx >/dev/null 2>&1; then fcitx -d; fi
# The watchdog restarts the kiosk; if the watchdog itself ends (an admin's 退出程序), so does
# the session, and LightDM logs the account in again.
exec /usr/bin/cunwu-kiosk --supervise
