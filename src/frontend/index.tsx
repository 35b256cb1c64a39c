/** UI Kit entry of the `jira:adminPage` module (manifest resource `main`). */
import React from 'react';
import ForgeReconciler from '@forge/react';
import { App } from './app';

ForgeReconciler.render(
  <React.StrictMode>
    <App />
  </React.StrictMode>,
);
