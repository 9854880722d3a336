import './browser-words';
import { render } from 'preact';
import { Options } from '../ui/options/Options';
import '../ui/shared/base.css';

render(<Options />, document.getElementById('app')!);
