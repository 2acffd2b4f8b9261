import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../shared/api/contract';
import { IPC_CALL_CHANNEL } from '../shared/api/define';
import type { WorkstationBridge } from '../shared/api';

/** One function per contract method, nothing else: the page never sees ipcRenderer. */
const bridge = Object.fromEntries(
  METHOD_NAMES.map((method) => [
    method,
    (input: unknown, sessionToken: string | null) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input, sessionToken),
  ]),
) as WorkstationBridge;

contextBridge.exposeInMainWorld('workstation', Object.freeze(bridge));
