package cn.kejiju.workbench.preparedness;

/**
 * The kinds of publicity material a county keeps. Display boards and banners are reusable: they are lent
 * to an event and come back; everything else is consumed when issued.
 */
public enum MaterialKind {
    READER(false),
    HANDBOOK(false),
    COMIC(false),
    FOLDER(false),
    LEAFLET(false),
    DISC(false),
    SOUVENIR(false),
    DISPLAY_BOARD(true),
    BANNER(true);

    private final boolean reusable;

    MaterialKind(boolean reusable) {
        this.reusable = reusable;
    }

    public boolean reusable() {
        return reusable;
    }
}
