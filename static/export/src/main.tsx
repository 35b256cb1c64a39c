/** Entry of the export modal. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExportApp } from './export-app';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ExportApp />
  </StrictMode>,
);
