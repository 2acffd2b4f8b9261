/// <reference types="vite/client" />
import type { WorkstationBridge } from '../shared/api';

declare global {
  interface Window {
    /** Present only in the Electron window (preload); the browser shell speaks HTTP instead. */
    workstation?: WorkstationBridge;
  }
}
