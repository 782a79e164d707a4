import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App';
import './styles/base.css';
import './styles/shell.css';
import './styles/search.css';
import './styles/reader.css';
import './styles/views.css';
import './styles/compare.css';
import './styles/variants.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
