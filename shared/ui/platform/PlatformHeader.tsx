// The platform's part of the AppShell header, loaded lazily after the first render: the référentiel
// source badge and the account button. Mounting it starts the connection (silently: a session MSAL
// already holds is restored, no window ever opens by itself).
import { useEffect } from "react";
import { AccountButton } from "./AccountButton";
import { usePlatformController } from "./PlatformProvider";
import { ReferentielSourceBadge } from "./ReferentielSourceBadge";

export default function PlatformHeader({ account }: { account: boolean }) {
  const controller = usePlatformController();
  useEffect(() => {
    void controller.start();
  }, [controller]);
  return (
    <>
      <ReferentielSourceBadge />
      {account && <AccountButton />}
    </>
  );
}
