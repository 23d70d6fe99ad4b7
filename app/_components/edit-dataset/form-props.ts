import type { Edit, EditableDataset } from "@/lib/edit";

/** What every form gets: the dataset as it stands, and a way to apply an edit (true when it was applied). */
export interface FormProps {
  value: EditableDataset;
  onEdit: (edit: Edit) => boolean;
}
