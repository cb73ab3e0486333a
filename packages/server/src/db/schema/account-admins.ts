/** A member of staff who holds admin rights on the platform account itself. */
export interface AccountAdminsTable {
  account_id: string;
  user_id: string;
}
