import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}

/**
 * A native modal <dialog>: the browser gives it the dialog role, traps focus and closes it
 * on Esc, which a hand-made overlay would have to imitate.
 */
export function Modal({ title, onClose, children, className }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    const onCancel = () => closeRef.current();
    el?.addEventListener('close', onCancel);
    return () => el?.removeEventListener('close', onCancel);
  }, []);

  return (
    <dialog ref={ref} className={`modal ${className ?? ''}`} aria-label={title}>
      <header className="modal-head">
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={() => ref.current?.close()}>
          ×
        </button>
      </header>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
