import { createRoot } from 'react-dom/client';
import { About } from './App';
import { feed } from './feed';

createRoot(document.getElementById('root')!).render(<About feed={feed} />);
