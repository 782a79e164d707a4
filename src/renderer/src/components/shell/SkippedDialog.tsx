import type { SkippedFile } from '../../contract';
import { visiblePath } from '../../text/format';
import { Modal } from '../common/Modal';

export function SkippedDialog({ skipped, onClose }: { skipped: SkippedFile[]; onClose(): void }) {
  return (
    <Modal title="Skipped files" onClose={onClose} className="wide">
      <p className="muted">These files were not indexed. The rest of the folder was.</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {skipped.map((f, i) => (
            <tr key={`${f.path}#${i}`}>
              <td className="path">
                <bdi>{visiblePath(f.path)}</bdi>
              </td>
              <td>{f.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
