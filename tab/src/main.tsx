import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TAB_BASE } from './app/routes';
import { App } from './components/app';
import { AuthEndPage } from './components/auth-end-page';

// The consent popup's last page is not the tab: it only reports back to Teams (no sign-in, no API).
const authEnd = window.location.pathname === `${TAB_BASE}auth-end`;

createRoot(document.getElementById('root')!).render(<StrictMode>{authEnd ? <AuthEndPage /> : <App />}</StrictMode>);
