import { Button, Card, Checkbox, Code, FileButton, Group, Modal, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { PeerView } from '../../../shared/api/types';
import { PEER_KIND_LABELS, PEER_KINDS, type IdentityFile, type PeerKind } from '../../../shared/sync/identity';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { saveFile } from '../../files';
import { reportError } from '../../forms/errors';
import { formatDateTime } from '../../format';

/**
 * 同步对象: this workstation's identity to hand out, and the workstations and the online platform it trusts — each
 * added from its identity file once a person has compared the fingerprint with the other side.
 */
export function PeersCard() {
  const identity = useQuery('sync.identity', {});
  const peers = useQuery('sync.peers', {});
  const [candidate, setCandidate] = useState<{ content: string; file: IdentityFile } | null>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PeerKind>('workstation');
  const [confirmed, setConfirmed] = useState(false);
  const [removing, setRemoving] = useState<PeerView | null>(null);

  const exportIdentity = () => {
    if (!identity.data) return;
    saveFile(`工作站身份-${identity.data.name}.json`, { text: JSON.stringify(identity.data, null, 2) }, 'application/json');
  };
  const read = async (file: File | null) => {
    if (!file) return;
    try {
      const content = await file.text();
      const read = await api.call('sync.readIdentity', { content });
      setCandidate({ content, file: read });
      setName(read.name);
      setKind(read.kind);
      setConfirmed(false);
    } catch (error) {
      reportError(error);
    }
  };
  const add = async () => {
    if (!candidate) return;
    try {
      const peer = await api.call('sync.addPeer', { content: candidate.content, name, kind });
      notifications.show({ color: 'green', message: `已添加同步对象“${peer.name}”。` });
      setCandidate(null);
      void peers.reload();
    } catch (error) {
      reportError(error);
    }
  };

  const remove = async () => {
    if (!removing) return;
    try {
      await api.call('sync.removePeer', { workstationId: removing.workstationId });
      notifications.show({ color: 'green', message: `已移除同步对象“${removing.name}”。` });
      setRemoving(null);
      void peers.reload();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>同步对象</Title>
        {identity.data && (
          <Group>
            <Text size="sm">本工作站指纹</Text>
            <Code data-testid="own-fingerprint">{identity.data.fingerprint}</Code>
            <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={exportIdentity}>
              导出身份文件
            </Button>
          </Group>
        )}
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>名称</Table.Th>
              <Table.Th>类型</Table.Th>
              <Table.Th>指纹</Table.Th>
              <Table.Th>添加时间</Table.Th>
              <Table.Th>添加人</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(peers.data ?? []).length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={6}>
                  <Text c="dimmed" size="sm">尚未添加同步对象。</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {(peers.data ?? []).map((p) => (
              <Table.Tr key={p.workstationId}>
                <Table.Td>{p.name}</Table.Td>
                <Table.Td>{PEER_KIND_LABELS[p.kind]}</Table.Td>
                <Table.Td ff="monospace" fz="xs">{p.fingerprint}</Table.Td>
                <Table.Td>{formatDateTime(p.trustedAt)}</Table.Td>
                <Table.Td>{p.trustedBy}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRemoving(p)}>
                    移除
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <FileButton accept=".json,application/json" onChange={(file) => void read(file)}>
          {(props) => (
            <Button {...props} variant="light" w="fit-content" leftSection={<IconPlus size={16} />}>
              添加同步对象（选择对方的身份文件）
            </Button>
          )}
        </FileButton>
      </Stack>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="移除同步对象">
        {removing && (
          <Stack>
            <Text size="sm">
              移除“{removing.name}”后，本工作站拒绝它的同步包，也不再为它导出；已导入的数据保留。对方更换了电脑或密钥时，移除后重新添加其新的身份文件（之后第一次交换为完整导出）。
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                取消
              </Button>
              <Button color="red" onClick={() => void remove()}>
                移除
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
      <Modal opened={candidate !== null} onClose={() => setCandidate(null)} title="添加同步对象">
        {candidate && (
          <Stack>
            <Text size="sm">请与对方（当面或电话）核对其工作站上显示的指纹，一致时再添加：</Text>
            <Code block fz="md" data-testid="candidate-fingerprint">
              {candidate.file.fingerprint}
            </Code>
            <TextInput label="名称" value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <SegmentedControl value={kind} onChange={(v) => setKind(v as PeerKind)} data={PEER_KINDS.map((k) => ({ value: k, label: PEER_KIND_LABELS[k] }))} />
            <Checkbox label="我已与对方核对，指纹一致" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setCandidate(null)}>
                取消
              </Button>
              <Button disabled={!confirmed} onClick={() => void add()}>
                添加
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
