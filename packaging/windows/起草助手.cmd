@echo off
rem Starts drafter's web app ("drafter serve") without a console window; it opens the browser.
rem Its log: workspace\.drafter\serve.log
start "" "%~dp0python\pythonw.exe" "%~dp0python\serve_launcher.pyw" --workspace "%~dp0workspace"
