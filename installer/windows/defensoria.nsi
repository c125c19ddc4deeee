; Defensoría — per-user Windows installer (NSIS 3, Unicode).
;
; Installs into %LOCALAPPDATA%\Programs\Defensoria without administrator rights, adds
; Start menu and desktop shortcuts and an entry in "Apps & features" (current user).
; Installing a newer version over an older one replaces the program files in place; the
; user's data lives in the platformdirs data folder (%LOCALAPPDATA%\CCPD-Ambato\defensoria),
; which neither the installer nor the uninstaller ever touches. The app migrates the
; database itself at its next start, after a backup.
;
; makensis -DVERSION=0.1.0 -DSRCDIR=dist\defensoria -DOUTFILE=dist\Defensoria-0.1.0.exe
;          installer\windows\defensoria.nsi
; -DFAST skips compression (CI compiles the script on Linux only to prove it valid).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user

!ifndef VERSION
  !error "give -DVERSION=x.y.z (from pyproject.toml)"
!endif
!ifndef SRCDIR
  !error "give -DSRCDIR=path\to\dist\defensoria (the PyInstaller one-folder bundle)"
!endif
!ifndef OUTFILE
  !define OUTFILE "Defensoria-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\resources\icons\defensoria.ico"
!endif

!define APPNAME "Defensoria"
!define DISPLAYNAME "Defensoría Comunitaria"
!define PUBLISHER "Consejo Cantonal de Protección de Derechos de Ambato"
!define EXE "Defensoria.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPNAME}"

!ifdef FAST
  SetCompress off
!else
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${DISPLAYNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "${DISPLAYNAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${DISPLAYNAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "Instalador de ${DISPLAYNAME}"
VIAddVersionKey "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Spanish"
!insertmacro MUI_LANGUAGE "English"

LangString RUNNING ${LANG_SPANISH} "Defensoría está abierta. Ciérrela y pulse Reintentar."
LangString RUNNING ${LANG_ENGLISH} "Defensoría is open. Close it and press Retry."
LangString KEPT ${LANG_SPANISH} "Sus datos se conservan en $LOCALAPPDATA\CCPD-Ambato\defensoria."
LangString KEPT ${LANG_ENGLISH} "Your data is kept in $LOCALAPPDATA\CCPD-Ambato\defensoria."

; A running copy locks its files: ask the user to close it before replacing them.
!macro CHECK_NOT_RUNNING
  retry:
  ClearErrors
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    FileOpen $0 "$INSTDIR\${EXE}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(RUNNING)" IDRETRY retry
      Abort
    ${EndIf}
    FileClose $0
  ${EndIf}
!macroend

Section "Defensoría" SecMain
  SectionIn RO
  !insertmacro CHECK_NOT_RUNNING
  ; Upgrade in place: the previous program files go, the data folder is elsewhere.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${SRCDIR}\*"
  File "/oname=defensoria.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${DISPLAYNAME}"
  CreateShortcut "$SMPROGRAMS\${DISPLAYNAME}\${DISPLAYNAME}.lnk" "$INSTDIR\${EXE}" "" \
    "$INSTDIR\defensoria.ico"
  CreateShortcut "$SMPROGRAMS\${DISPLAYNAME}\Desinstalar.lnk" "$INSTDIR\Uninstall.exe"
  CreateShortcut "$DESKTOP\${DISPLAYNAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\defensoria.ico"

  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${DISPLAYNAME}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\defensoria.ico"
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  ; Only the program: the data folder (platformdirs) is never removed here.
  !insertmacro CHECK_NOT_RUNNING
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\defensoria-cli.exe"
  Delete "$INSTDIR\defensoria.ico"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$DESKTOP\${DISPLAYNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${DISPLAYNAME}"
  DeleteRegKey HKCU "${UNINSTKEY}"
  DetailPrint "$(KEPT)"
SectionEnd
