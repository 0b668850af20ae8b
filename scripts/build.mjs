import { buildServer, buildWeb, installIfNeeded, log } from './lib/run.mjs';

installIfNeeded();
log('building server (swc) and web app (vite)…');
buildServer();
buildWeb();
log('built dist/server and dist/web');
