@echo off
rem drafter command line, with the Python bundled in this folder (no install, no admin rights).
rem   drafter.cmd draft 1288 "TOPIC" --deputy NAME ...   (any drafter command; --help lists them)
rem Double-clicked (no arguments): a command window in the workspace folder, where "drafter" works.
setlocal
set "PYTHONUTF8=1"
set "PYTHONIOENCODING=utf-8"
if "%~1"=="" goto console
"%~dp0python\python.exe" -m drafter %*
exit /b %ERRORLEVEL%

:console
set "PATH=%~dp0;%PATH%"
cd /d "%~dp0workspace"
"%~dp0python\python.exe" -m drafter --help
cmd /k
