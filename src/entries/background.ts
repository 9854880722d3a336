// The service worker's entry: the browser's words first, then every listener (src/background/main.ts).
import './browser-words';
import { startBackground } from '../background/main';

startBackground();
