; Sitbreak's Windows installer: per user, no administrator needed.
; Built by scripts/package.sh with Debian's makensis:
;   makensis -DVERSION=0.1.0 -DSOURCE=<folder with the programs> -DOUT=<setup.exe>
; Silent: setup.exe /S (the "Start with Windows" choice is on); the
; uninstaller takes /S too. Settings and history in %APPDATA%\Sitbreak are
; the person's: uninstalling leaves them.

; A 64-bit installer, as the programs are: it also runs where Windows
; cannot run 32-bit programs (and under a 64-bit-only Wine).
Target amd64-unicode
!include "MUI2.nsh"
!include "FileFunc.nsh"

!ifndef VERSION | SOURCE | OUT
  !error "makensis -DVERSION=... -DSOURCE=... -DOUT=..."
!endif

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Sitbreak"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"

Name "Sitbreak"
OutFile "${OUT}"
InstallDir "$LOCALAPPDATA\Programs\Sitbreak"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel user
SetCompressor /SOLID lzma
BrandingText "Sitbreak ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "Sitbreak"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "Sitbreak installer"
VIAddVersionKey "CompanyName" "Sitbreak developers"
VIAddVersionKey "LegalCopyright" "MIT OR Apache-2.0"

!define MUI_ICON "${SOURCE}\sitbreak.ico"
!define MUI_UNICON "${SOURCE}\sitbreak.ico"
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\sitbreak.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Open Sitbreak now"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Var WasRunning

Section "Sitbreak" SecProgram
  SectionIn RO
  ; Over a running Sitbreak: ask it to stop (it saves as it goes), so its
  ; files can be replaced, and start it again at the end. `quit` exits 0
  ; when a daemon answered.
  StrCpy $WasRunning "0"
  IfFileExists "$INSTDIR\sitbreak.exe" 0 +5
    nsExec::Exec '"$INSTDIR\sitbreak.exe" quit'
    Pop $0
    StrCmp $0 "0" 0 +2
      StrCpy $WasRunning "1"
  Sleep 500

  SetOutPath "$INSTDIR"
  File "${SOURCE}\sitbreak.exe"
  File "${SOURCE}\sitbreak-window.exe"
  File "${SOURCE}\sitbreak.ico"
  File "${SOURCE}\README.md"
  File "${SOURCE}\LICENSE-MIT"
  File "${SOURCE}\LICENSE-APACHE"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\Sitbreak.lnk" "$INSTDIR\sitbreak.exe" "" "$INSTDIR\sitbreak.ico"

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Sitbreak"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Sitbreak developers"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\sitbreak.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Start with Windows" SecAutostart
  ; Sitbreak keeps the Run value in step with its "Start Sitbreak when I
  ; log in" setting, so a first install says yes in the settings too. An
  ; existing settings file is the person's own, and its choice stands.
  WriteRegStr HKCU "${RUN_KEY}" "Sitbreak" '"$INSTDIR\sitbreak.exe" --hidden'
  IfFileExists "$APPDATA\Sitbreak\settings.toml" done
    CreateDirectory "$APPDATA\Sitbreak"
    FileOpen $0 "$APPDATA\Sitbreak\settings.toml" w
    FileWrite $0 "autostart = true$\r$\n"
    FileClose $0
  done:
SectionEnd

Section "-Restart"
  StrCmp $WasRunning "1" 0 +2
    Exec '"$INSTDIR\sitbreak.exe" --hidden'
SectionEnd

Section "Uninstall"
  nsExec::Exec '"$INSTDIR\sitbreak.exe" quit'
  Pop $0
  Sleep 500
  Delete "$INSTDIR\sitbreak.exe"
  Delete "$INSTDIR\sitbreak-window.exe"
  Delete "$INSTDIR\sitbreak.ico"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\LICENSE-MIT"
  Delete "$INSTDIR\LICENSE-APACHE"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Sitbreak.lnk"
  DeleteRegValue HKCU "${RUN_KEY}" "Sitbreak"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; The toasts' registration and icon, which Sitbreak writes itself.
  DeleteRegKey HKCU "Software\Classes\AppUserModelId\Sitbreak.Sitbreak"
  Delete "$LOCALAPPDATA\Sitbreak\sitbreak.png"
  ; %APPDATA%\Sitbreak holds the person's settings and history: it stays.
SectionEnd
