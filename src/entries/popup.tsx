import '../ui/browser-words';
import { render } from 'preact';
import { Popup } from '../ui/popup/Popup';
import '../ui/shared/base.css';

render(<Popup />, document.getElementById('app')!);
