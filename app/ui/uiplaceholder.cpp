// Keeps guichet_ui non-empty until the first widget lands.
namespace guichet::ui {
int placeholder()
{
    return 0;
}
} // namespace guichet::ui
